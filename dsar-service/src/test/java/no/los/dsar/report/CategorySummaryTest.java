package no.los.dsar.report;

import static no.los.platform.rights.AccessPart.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A long category told in short, whatever its fields are called. */
class CategorySummaryTest {

    @Test
    void hourlyReadingsAreCountedAndTotalledPerMonthInNorway() {
        List<Map<String, Object>> readings = List.of(
                record("meteringPointId", "707057500012345678", "start", "2025-02-01T00:00:00+01:00", "kwh",
                        new BigDecimal("0.400")),
                // 23:30 UTC on 31 January is already 1 February in Norway
                record("meteringPointId", "707057500012345678", "start", "2025-01-31T23:30:00Z", "kwh",
                        new BigDecimal("0.300")),
                record("meteringPointId", "707057500012345678", "start", "2025-01-31T22:00:00+01:00", "kwh",
                        new BigDecimal("1.250")));

        CategorySummary summary = CategorySummary.of(readings);

        assertEquals(3, summary.count());
        assertEquals(Optional.of("start"), summary.timeField());
        assertEquals("2025-01-31T22:00:00+01:00", summary.first().get("start"), "the earliest, not the first listed");
        assertEquals("2025-01-31T23:30:00Z", summary.last().get("start"), "the latest moment, whatever its offset");
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                summary.months().stream().map(CategorySummary.MonthTotal::month).toList());
        assertEquals(1, summary.months().get(0).records());
        assertEquals(new BigDecimal("1.250"), summary.months().get(0).totals().get("kwh"));
        assertEquals(2, summary.months().get(1).records());
        assertEquals(new BigDecimal("0.700"), summary.months().get(1).totals().get("kwh"));
        assertEquals(List.of("kwh"), List.copyOf(summary.months().get(1).totals().keySet()),
                "text fields are not totalled, nor the time");
    }

    @Test
    void datesCountAsTimeAndAFieldNotEveryRecordDatesIsNoTimeField() {
        CategorySummary summary = CategorySummary.of(List.of(
                record("note", "2025-03-01", "on", "2025-03-02", "count", 2),
                record("note", "ringte kundeservice", "on", "2025-01-15", "count", 5)));

        assertEquals(Optional.of("on"), summary.timeField());
        assertEquals(5, summary.first().get("count"));
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 3)),
                summary.months().stream().map(CategorySummary.MonthTotal::month).toList());
        assertEquals(new BigDecimal("2"), summary.months().get(1).totals().get("count"));
    }

    @Test
    void recordsWithoutTimeAreSummarisedInTheirOwnOrder() {
        CategorySummary summary = CategorySummary.of(List.of(record("segment", "A"), record("segment", "B"),
                record("segment", "C")));

        assertTrue(summary.timeField().isEmpty());
        assertEquals("A", summary.first().get("segment"));
        assertEquals("C", summary.last().get("segment"));
        assertTrue(summary.months().isEmpty());
    }
}
