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
import no.los.consumption.ReadingCursor;

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

    public List<HourlyReading> between(List<String> meteringPointIds, OffsetDateTime from, OffsetDateTime to) {
        if (meteringPointIds.isEmpty()) {
            return List.of();
        }
        return list("key.meteringPointId in ?1 and key.startsAt >= ?2 and key.startsAt < ?3 "
                + "order by key.meteringPointId, key.startsAt", meteringPointIds, from, to);
    }

    /** The customer's readings in a period, of every point they were supplied at, by point and hour. */
    /**
     * At most {@code count} of the customer's readings in the period, by point and hour, from after
     * the cursor ({@code null}: from the first): one page, read with a keyset query.
     */
    public List<HourlyReading> ofCustomerBetween(UUID customerId, OffsetDateTime from, OffsetDateTime to,
            ReadingCursor after, int count) {
        String order = " order by key.meteringPointId, key.startsAt";
        var query = after == null
                ? find("customerId = ?1 and key.startsAt >= ?2 and key.startsAt < ?3" + order, customerId, from, to)
                : find("customerId = ?1 and key.startsAt >= ?2 and key.startsAt < ?3 and (key.meteringPointId > ?4 "
                        + "or (key.meteringPointId = ?4 and key.startsAt > ?5))" + order, customerId, from, to,
                        after.meteringPointId(), after.startsAt());
        return query.range(0, count - 1).list();
    }

    /**
     * Every reading of the customer, at whatever point, by point and hour, in one query read through a
     * database cursor. Close the stream; inside a transaction only one fetch of rows is held at a time.
     */
    public Stream<MeteredHour> streamOfCustomer(UUID customerId) {
        return getEntityManager().createQuery("""
                select r.key.meteringPointId, r.key.startsAt, r.kwh from HourlyReading r
                where r.customerId = ?1
                order by r.key.meteringPointId, r.key.startsAt""", MeteredHour.class)
                .setParameter(1, customerId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /**
     * The customer's readings grouped by metering point, by hour, read through a cursor: first one row
     * without an hour for each point the customer is the tenant of but has no reading at, then the
     * readings ({@link #streamOfCustomer}). Two queries, in the caller's transaction.
     */
    public Stream<MeteredHour> streamPerMeteringPointOf(UUID customerId) {
        List<MeteredHour> withoutReadings = getEntityManager().createQuery("""
                select p.id from KnownMeteringPoint p
                where p.customerId = ?1 and not exists (
                    select 1 from HourlyReading r where r.key.meteringPointId = p.id and r.customerId = ?1)
                order by p.id""", String.class)
                .setParameter(1, customerId)
                .getResultStream().map(point -> new MeteredHour(point, null, null)).toList();
        return Stream.concat(withoutReadings.stream(), streamOfCustomer(customerId));
    }

    /** How many readings are the customer's. */
    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    /** Deletes the customer's readings; returns how many went. */
    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
