package no.los.consumption.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import no.los.consumption.contract.SupplyContract;
import no.los.consumption.metering.KnownMeteringPoint;
import no.los.consumption.intake.DaySeries;
import no.los.consumption.intake.ReadingPartitions;
import no.los.consumption.intake.ReadingStage;
import no.los.consumption.intake.Resolution;
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
    AgroalDataSource database;

    @Inject
    ReadingPartitions partitions;

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
     * spans a change of tenant stores each side as its own and announces one event per customer. The
     * hours go through the same stage and merge as an Elhub delivery: a value that replaces a different
     * one is kept in the correction history, and each day's total is brought up to date.
     */
    @Transactional
    public Received receive(MeteringPointId meteringPointId, List<Reading> batch) {
        KnownMeteringPoint point = meteringPoints.findByIdOptional(meteringPointId.value())
                .orElseThrow(() -> new NotFoundProblem("Metering point"));
        // The customers first, then the readings: the order an erasure takes its locks in too.
        contracts.customersOfMeteringPoint(point.id()).forEach(outbox::lockCustomer);
        List<UUID> owners;
        try (Connection connection = database.getConnection(); ReadingStage stage = ReadingStage.open(connection)) {
            stage.lockForWriting();
            owners = ownersOf(point, batch);
            Map<LocalDate, List<Integer>> days = new TreeMap<>();
            for (int i = 0; i < batch.size(); i++) {
                days.computeIfAbsent(OsloCalendar.dayOf(batch.get(i).start()), day -> new ArrayList<>()).add(i);
            }
            days.forEach((day, indices) -> stageDay(stage, point, day, indices, batch, owners));
            stage.seal();
            stage.refuseChangedResolutions();
            ReadingStage.Refusals refused = stage.refuseWholePoints(1);
            if (refused.total() > 0) {
                throw new InvalidInputException("readings[" + refused.points().get(0).firstLine() + "].start",
                        "lies on a day stored per quarter hour (PT15M): a correction keeps the day's resolution");
            }
            partitions.ensure(days.keySet().stream().map(YearMonth::from).collect(Collectors.toCollection(TreeSet::new)));
            stage.merge(OffsetDateTime.now(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("readings could not be stored: no connection (SQL state " + e.getSQLState() + ")");
        }
        Map<UUID, List<Reading>> byOwner = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byOwner.computeIfAbsent(owners.get(i), owner -> new ArrayList<>()).add(batch.get(i));
        }
        byOwner.forEach((owner, theirs) -> {
            OffsetDateTime first = theirs.stream().map(Reading::start).min(Comparator.naturalOrder()).orElseThrow();
            OffsetDateTime last = theirs.stream().map(Reading::start).max(Comparator.naturalOrder()).orElseThrow();
            outbox.add(new OutgoingEvent(EventTopic.CONSUMPTION, EventTypes.READINGS_RECEIVED, owner,
                    new ReadingsReceived(owner, point.id(), theirs.size(), first, last.plusHours(1))));
        });
        return new Received(batch.size(), byOwner.keySet());
    }

    private static void stageDay(ReadingStage stage, KnownMeteringPoint point, LocalDate day, List<Integer> indices,
            List<Reading> batch, List<UUID> owners) {
        int id = stage.nextSeriesId();
        long total = 0;
        for (int index : indices) {
            Reading reading = batch.get(index);
            long wattHours = reading.kwh().movePointRight(3).longValueExact();
            stage.value(id, reading.start().toEpochSecond(), wattHours);
            total += wattHours;
        }
        stage.add(new DaySeries(id, indices.get(0), point.id(), day, Resolution.PT60M, false, indices.size(), total,
                owners.get(indices.get(0)), null, null));
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
