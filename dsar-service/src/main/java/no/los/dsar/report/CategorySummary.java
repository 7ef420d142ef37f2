package no.los.dsar.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.los.platform.time.OsloCalendar;

/**
 * A long category told in short, for the document a person reads: how many records, the first and the
 * last, and for records in time (such as hourly readings) the records and totals per month. Works on
 * any category: the time is the first field every record dates with, the totals are of the fields that
 * are numbers in every record. The full list stays in the JSON report.
 *
 * @param count     how many records
 * @param timeField the field the records are dated by, if every record has one
 * @param first     the earliest record (the first listed if the records are not dated)
 * @param last      the latest record (the last listed if the records are not dated)
 * @param months    per calendar month in Norway, oldest first; empty if the records are not dated
 */
public record CategorySummary(int count, Optional<String> timeField, Map<String, Object> first,
        Map<String, Object> last, List<MonthTotal> months) {

    private static final ZoneId NORWAY = OsloCalendar.ZONE;

    /**
     * One calendar month.
     *
     * @param totals the sum of each numeric field over the month's records, by field
     */
    public record MonthTotal(YearMonth month, int records, Map<String, BigDecimal> totals) {
    }

    /** Summarises a non-empty category. */
    public static CategorySummary of(List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an empty category has nothing to summarise");
        }
        Optional<String> timeField = timeField(records);
        if (timeField.isEmpty()) {
            return new CategorySummary(records.size(), timeField, records.get(0), records.get(records.size() - 1),
                    List.of());
        }
        String field = timeField.get();
        List<Map<String, Object>> inTime = new ArrayList<>(records);
        inTime.sort(Comparator.comparing(record -> instantOf(record.get(field))));
        return new CategorySummary(records.size(), timeField, inTime.get(0), inTime.get(inTime.size() - 1),
                months(inTime, field, numericFields(records, field)));
    }

    private static Optional<String> timeField(List<Map<String, Object>> records) {
        return records.get(0).keySet().stream()
                .filter(field -> records.stream().allMatch(record -> dateOf(record.get(field)).isPresent()))
                .findFirst();
    }

    private static Set<String> numericFields(List<Map<String, Object>> records, String timeField) {
        Set<String> fields = new LinkedHashSet<>(records.get(0).keySet());
        fields.remove(timeField);
        fields.removeIf(field -> !records.stream().allMatch(record -> record.get(field) instanceof Number));
        return fields;
    }

    private static List<MonthTotal> months(List<Map<String, Object>> inTime, String timeField, Set<String> numeric) {
        Map<YearMonth, List<Map<String, Object>>> byMonth = new TreeMap<>();
        for (Map<String, Object> record : inTime) {
            YearMonth month = YearMonth.from(dateOf(record.get(timeField)).orElseThrow());
            byMonth.computeIfAbsent(month, key -> new ArrayList<>()).add(record);
        }
        List<MonthTotal> months = new ArrayList<>();
        byMonth.forEach((month, monthRecords) -> {
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            for (String field : numeric) {
                totals.put(field, monthRecords.stream().map(record -> new BigDecimal(record.get(field).toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            months.add(new MonthTotal(month, monthRecords.size(), totals));
        });
        return months;
    }

    /** The Norwegian calendar day of a date or a moment written as ISO-8601 text. */
    private static Optional<LocalDate> dateOf(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(NORWAY).toLocalDate());
        } catch (DateTimeParseException notAMoment) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** Orders moments by time, and dates by the start of their day in Norway. */
    private static Instant instantOf(Object value) {
        String text = (String) value;
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAMoment) {
            return LocalDate.parse(text).atStartOfDay(NORWAY).toInstant();
        }
    }
}
