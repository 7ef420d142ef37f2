package no.los.consumption.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.consumption.OsloCalendar;
import no.los.consumption.contract.SupplyContract;
import no.los.consumption.metering.KnownMeteringPoint;
import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.consumption.repository.SupplyContractRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;

/**
 * Receiving hourly readings from Elhub (via the billing integration) for a known metering point, for
 * the hours a supply contract covers. All of a batch is stored or none of it; a value for an hour
 * already stored is a correction.
 */
@ApplicationScoped
public class ReadingsIntake {

    @Inject
    KnownMeteringPointRepository meteringPoints;

    @Inject
    HourlyReadingRepository readings;

    @Inject
    SupplyContractRepository contracts;

    @Inject
    Outbox outbox;

    /** One hour's consumption, already validated: starts on a whole hour, kWh with at most three decimals. */
    public record Reading(OffsetDateTime start, BigDecimal kwh) {
    }

    /** Announced to the suite: how much arrived for which point, never the values. */
    public record ReadingsReceived(UUID customerId, String meteringPointId, int hours, OffsetDateTime from,
            OffsetDateTime to) {
    }

    @Transactional
    public int receive(MeteringPointId meteringPointId, List<Reading> batch) {
        KnownMeteringPoint point = meteringPoints.findByIdOptional(meteringPointId.value())
                .orElseThrow(() -> new NotFoundProblem("Metering point"));
        requireContractsCover(point, batch);
        for (Reading reading : batch) {
            readings.upsert(point.id(), reading.start().withOffsetSameInstant(ZoneOffset.UTC), reading.kwh());
        }
        OffsetDateTime first = batch.stream().map(Reading::start).min(Comparator.naturalOrder()).orElseThrow();
        OffsetDateTime last = batch.stream().map(Reading::start).max(Comparator.naturalOrder()).orElseThrow();
        outbox.add(new OutgoingEvent(EventTopic.CONSUMPTION, EventTypes.READINGS_RECEIVED, point.customerId(),
                new ReadingsReceived(point.customerId(), point.id(), batch.size(), first, last.plusHours(1))));
        return batch.size();
    }

    /**
     * Readings are ours only for the hours a supply contract of ours covers; the others belong to
     * another retailer's customer and must not be stored at all. The problem names the start of the
     * first reading outside.
     */
    private void requireContractsCover(KnownMeteringPoint point, List<Reading> batch) {
        List<SupplyContract> held = contracts.ofMeteringPoint(point.id());
        for (int i = 0; i < batch.size(); i++) {
            LocalDate day = OsloCalendar.dayOf(batch.get(i).start());
            if (held.stream().noneMatch(contract -> contract.covers(day))) {
                throw new InvalidInputException("readings[" + i + "].start", held.isEmpty()
                        ? "lies outside every supply contract: the metering point has none with us"
                        : "lies outside every supply contract of the metering point");
            }
        }
    }
}
