package no.los.consumption.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
import no.los.platform.time.OsloCalendar;

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

    /** What a batch stored: how many hours, and whose they are. */
    public record Received(int hours, Set<UUID> customers) {
    }

    /**
     * Stores the batch. Each hour is the customer's whose contract covered its day, so a batch that
     * spans a change of tenant stores each side as its own and announces one event per customer.
     */
    @Transactional
    public Received receive(MeteringPointId meteringPointId, List<Reading> batch) {
        KnownMeteringPoint point = meteringPoints.findByIdOptional(meteringPointId.value())
                .orElseThrow(() -> new NotFoundProblem("Metering point"));
        List<UUID> owners = ownersOf(point, batch);
        Map<UUID, List<Reading>> byOwner = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Reading reading = batch.get(i);
            readings.upsert(point.id(), owners.get(i), reading.start().withOffsetSameInstant(ZoneOffset.UTC),
                    reading.kwh());
            byOwner.computeIfAbsent(owners.get(i), owner -> new ArrayList<>()).add(reading);
        }
        byOwner.forEach((owner, theirs) -> {
            OffsetDateTime first = theirs.stream().map(Reading::start).min(Comparator.naturalOrder()).orElseThrow();
            OffsetDateTime last = theirs.stream().map(Reading::start).max(Comparator.naturalOrder()).orElseThrow();
            outbox.add(new OutgoingEvent(EventTopic.CONSUMPTION, EventTypes.READINGS_RECEIVED, owner,
                    new ReadingsReceived(owner, point.id(), theirs.size(), first, last.plusHours(1))));
        });
        return new Received(batch.size(), byOwner.keySet());
    }

    /**
     * Readings are ours only for the hours a supply contract of ours covers; the others belong to
     * another retailer's customer and must not be stored at all. The problem names the start of the
     * first reading outside. Contracts on a point never overlap (customer-service refuses it), so
     * each hour has one owner: the customer of the contract that covers it.
     */
    private List<UUID> ownersOf(KnownMeteringPoint point, List<Reading> batch) {
        List<SupplyContract> held = contracts.ofMeteringPoint(point.id());
        List<UUID> owners = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            LocalDate day = OsloCalendar.dayOf(batch.get(i).start());
            Optional<SupplyContract> covering = held.stream().filter(contract -> contract.covers(day)).findFirst();
            if (covering.isEmpty()) {
                throw new InvalidInputException("readings[" + i + "].start", held.isEmpty()
                        ? "lies outside every supply contract: the metering point has none with us"
                        : "lies outside every supply contract of the metering point");
            }
            owners.add(covering.get().customerId());
        }
        return owners;
    }
}
