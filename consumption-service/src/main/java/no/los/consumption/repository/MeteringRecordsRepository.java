package no.los.consumption.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

import no.los.consumption.repository.HourlyReadingRepository.MeteredHour;
import no.los.platform.persistence.NativeTimestamps;

/**
 * The records the intake keeps beside the hourly readings, read and deleted per customer with plain
 * SQL: quarter-hour values as received, each metered day's resolution and total, and the versions of
 * days that corrections replaced. All of it is invoicing data of the customer whose contract covered the day.
 */
@ApplicationScoped
public class MeteringRecordsRepository {

    @Inject
    EntityManager entityManager;

    /** A metered day as the person's copy shows it. */
    public record MeteredDay(String meteringPointId, LocalDate day, String resolution, int intervals, BigDecimal kwh,
            OffsetDateTime updatedAt) {
    }

    /**
     * A value of a day's version that a correction replaced: what it was, when the version had arrived
     * (its newest value), when the day was replaced.
     */
    public record ReplacedValue(String meteringPointId, OffsetDateTime startsAt, String resolution, BigDecimal kwh,
            OffsetDateTime receivedAt, OffsetDateTime replacedAt) {
    }

    /**
     * Every quarter-hour value of the customer, by point and quarter, in one query read through a
     * cursor. Close the stream; inside a transaction only one fetch of rows is held at a time.
     */
    @SuppressWarnings("unchecked")
    public Stream<MeteredHour> streamQuartersOfCustomer(UUID customerId) {
        Stream<Object[]> rows = entityManager.createNativeQuery("""
                select metering_point_id, starts_at, kwh from quarter_hour_reading
                where customer_id = ?1 order by metering_point_id, starts_at""")
                .setParameter(1, customerId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, HourlyReadingRepository.CURSOR_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
        return rows.map(row -> new MeteredHour((String) row[0], NativeTimestamps.utc(row[1]), (BigDecimal) row[2]));
    }

    @SuppressWarnings("unchecked")
    public List<MeteredDay> daysOfCustomer(UUID customerId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select metering_point_id, day, resolution, intervals, kwh, updated_at from metered_day
                where customer_id = ?1 order by metering_point_id, day""")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(row -> new MeteredDay((String) row[0], localDate(row[1]), (String) row[2],
                ((Number) row[3]).intValue(), (BigDecimal) row[4], NativeTimestamps.utc(row[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<ReplacedValue> correctionsOfCustomer(UUID customerId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select metering_point_id, value.starts_at, resolution, value.kwh, received_at, replaced_at
                from reading_correction, unnest(starts_at, kwh) as value(starts_at, kwh)
                where customer_id = ?1 order by metering_point_id, value.starts_at, replaced_at""")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(row -> new ReplacedValue((String) row[0], NativeTimestamps.utc(row[1]), (String) row[2],
                (BigDecimal) row[3], NativeTimestamps.utc(row[4]), NativeTimestamps.utc(row[5]))).toList();
    }

    public long countQuarters(UUID customerId) {
        return count("quarter_hour_reading", customerId);
    }

    public long countDays(UUID customerId) {
        return count("metered_day", customerId);
    }

    public long countCorrections(UUID customerId) {
        return count("reading_correction", customerId);
    }

    public long deleteQuarters(UUID customerId) {
        return delete("quarter_hour_reading", customerId);
    }

    public long deleteDays(UUID customerId) {
        return delete("metered_day", customerId);
    }

    public long deleteCorrections(UUID customerId) {
        return delete("reading_correction", customerId);
    }

    private long count(String table, UUID customerId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where customer_id = ?1")
                .setParameter(1, customerId).getSingleResult()).longValue();
    }

    private long delete(String table, UUID customerId) {
        return entityManager.createNativeQuery("delete from " + table + " where customer_id = ?1")
                .setParameter(1, customerId).executeUpdate();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
