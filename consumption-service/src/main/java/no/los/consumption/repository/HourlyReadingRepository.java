package no.los.consumption.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.HourlyReading;

@ApplicationScoped
public class HourlyReadingRepository implements PanacheRepositoryBase<HourlyReading, HourlyReading.Key> {

    /** Rows fetched from the database per round trip when readings are streamed through a cursor. */
    static final int CURSOR_FETCH_SIZE = 1_000;

    /**
     * One hour of a metering point as the person's copy shows it: read as a projection, so five
     * years of readings (43,800 rows per point) never become managed entities. {@code startsAt} and
     * {@code kwh} are {@code null} on the one row of a metering point without readings
     * ({@link #streamPerMeteringPointOf}).
     */
    public record MeteredHour(String meteringPointId, OffsetDateTime startsAt, BigDecimal kwh) {
    }

    /** Stores a reading; a later value for the same hour (an Elhub correction) replaces the earlier one. */
    public void upsert(String meteringPointId, OffsetDateTime startsAt, BigDecimal kwh) {
        getEntityManager().createNativeQuery("""
                insert into hourly_reading (metering_point_id, starts_at, kwh, received_at)
                values (?1, ?2, ?3, now())
                on conflict (metering_point_id, starts_at) do update set kwh = excluded.kwh, received_at = now()""")
                .setParameter(1, meteringPointId)
                .setParameter(2, startsAt)
                .setParameter(3, kwh)
                .executeUpdate();
    }

    public List<HourlyReading> between(List<String> meteringPointIds, OffsetDateTime from, OffsetDateTime to) {
        if (meteringPointIds.isEmpty()) {
            return List.of();
        }
        return list("key.meteringPointId in ?1 and key.startsAt >= ?2 and key.startsAt < ?3 "
                + "order by key.meteringPointId, key.startsAt", meteringPointIds, from, to);
    }

    /**
     * Every reading of the customer's metering points, by point and hour, in one query read through a
     * database cursor. Close the stream; inside a transaction only one fetch of rows is held at a time.
     */
    public Stream<MeteredHour> streamOfCustomer(UUID customerId) {
        return getEntityManager().createQuery("""
                select r.key.meteringPointId, r.key.startsAt, r.kwh from HourlyReading r
                where r.key.meteringPointId in (select p.id from KnownMeteringPoint p where p.customerId = ?1)
                order by r.key.meteringPointId, r.key.startsAt""", MeteredHour.class)
                .setParameter(1, customerId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /**
     * Every metering point of the customer followed by its readings, by point and hour, in one query
     * (one snapshot) read through a cursor; a point without readings is one row without an hour.
     */
    public Stream<MeteredHour> streamPerMeteringPointOf(UUID customerId) {
        return getEntityManager().createQuery("""
                select p.id, r.key.startsAt, r.kwh from KnownMeteringPoint p
                left join HourlyReading r on r.key.meteringPointId = p.id
                where p.customerId = ?1
                order by p.id, r.key.startsAt""", MeteredHour.class)
                .setParameter(1, customerId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /** How many readings the metering points hold. */
    public long countOf(List<String> meteringPointIds) {
        return meteringPointIds.isEmpty() ? 0 : count("key.meteringPointId in ?1", meteringPointIds);
    }

    /** Deletes every reading of the metering points; returns how many went. */
    public long deleteOf(List<String> meteringPointIds) {
        return meteringPointIds.isEmpty() ? 0 : delete("key.meteringPointId in ?1", meteringPointIds);
    }
}
