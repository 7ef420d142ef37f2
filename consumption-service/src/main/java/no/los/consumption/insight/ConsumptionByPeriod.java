package no.los.consumption.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import no.los.platform.persistence.NativeTimestamps;
import no.los.platform.time.OsloCalendar;

/**
 * A customer's consumption over all the metering points they were supplied at, per Norwegian calendar
 * period, for drilling down: a year's months and a month's days are summed from the metered days the
 * intake keeps ({@code metered_day}), never from the hours; a day's hours (23, 24 or 25) are read from
 * {@code hourly_reading}. Only what is the customer's own: the days and hours their contracts covered.
 */
@ApplicationScoped
public class ConsumptionByPeriod {

    @Inject
    EntityManager entityManager;

    /** One part of the period asked for: a month of a year, a day of a month or an hour of a day. */
    public record Part(OffsetDateTime start, BigDecimal kwh) {
    }

    /** The year's months that have consumption, oldest first. */
    @Transactional
    public List<Part> monthsOf(UUID customerId, Year year) {
        return meteredDaysBy("YYYY-MM", customerId, year.atDay(1), year.plusYears(1).atDay(1),
                month -> YearMonth.parse(month).atDay(1));
    }

    /** The month's days that have consumption, oldest first. */
    @Transactional
    public List<Part> daysOf(UUID customerId, YearMonth month) {
        return meteredDaysBy("YYYY-MM-DD", customerId, month.atDay(1), month.plusMonths(1).atDay(1), LocalDate::parse);
    }

    /** The metered days of {@code [first, end)} summed by the part their date formats to, each starting at its first day. */
    @SuppressWarnings("unchecked")
    private List<Part> meteredDaysBy(String format, UUID customerId, LocalDate first, LocalDate end,
            Function<String, LocalDate> firstDayOf) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select to_char(day, '%s'), sum(kwh) from metered_day
                where customer_id = ?1 and day >= ?2 and day < ?3
                group by 1 order by 1""".formatted(format))
                .setParameter(1, customerId).setParameter(2, first).setParameter(3, end)
                .getResultList();
        return rows.stream().map(row -> new Part(OsloCalendar.startOf(firstDayOf.apply((String) row[0])),
                (BigDecimal) row[1])).toList();
    }

    /**
     * The customer's kWh over the days {@code [first, end)}, from the metered days; empty when none of
     * them has consumption (so that "no data" is not shown as 0 kWh).
     */
    @Transactional
    public Optional<BigDecimal> totalOf(UUID customerId, LocalDate first, LocalDate end) {
        Object total = entityManager.createNativeQuery("""
                select sum(kwh) from metered_day where customer_id = ?1 and day >= ?2 and day < ?3""")
                .setParameter(1, customerId).setParameter(2, first).setParameter(3, end).getSingleResult();
        return Optional.ofNullable(total).map(value -> new BigDecimal(value.toString()));
    }

    /** The day's hours that have consumption, oldest first: 23, 24 or 25 of them when the day is complete. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Part> hoursOf(UUID customerId, LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select starts_at, sum(kwh) from hourly_reading
                where customer_id = ?1 and starts_at >= ?2 and starts_at < ?3
                group by 1 order by 1""")
                .setParameter(1, customerId).setParameter(2, OsloCalendar.startOf(day))
                .setParameter(3, OsloCalendar.startOf(day.plusDays(1)))
                .getResultList();
        return rows.stream().map(row -> new Part(NativeTimestamps.utc(row[0])
                .atZoneSameInstant(OsloCalendar.ZONE).toOffsetDateTime(), (BigDecimal) row[1])).toList();
    }
}
