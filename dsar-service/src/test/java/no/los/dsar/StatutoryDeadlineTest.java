package no.los.dsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatutoryDeadlineTest {

    @Test
    void aRequestIsDueOneCalendarMonthAfterTheDayItArrived() {
        assertEquals(LocalDate.of(2026, 12, 15), StatutoryDeadline.dueOn(Instant.parse("2026-11-15T10:00:00Z")));
    }

    @Test
    void aMonthWithoutTheDayEndsOnItsLastDay() {
        assertEquals(LocalDate.of(2027, 2, 28), StatutoryDeadline.dueOn(Instant.parse("2027-01-31T10:00:00Z")));
        assertEquals(LocalDate.of(2028, 2, 29), StatutoryDeadline.dueOn(Instant.parse("2028-01-31T10:00:00Z")));
    }

    @Test
    void theDayOfReceiptIsTheNorwegianDay() {
        // 23:30 UTC on 31 March is already 1 April in Oslo (summer time, UTC+2).
        assertEquals(LocalDate.of(2026, 5, 1), StatutoryDeadline.dueOn(Instant.parse("2026-03-31T23:30:00Z")));
        // 22:30 UTC on 31 December is 23:30 the same day in Oslo (winter time, UTC+1).
        assertEquals(LocalDate.of(2027, 1, 31), StatutoryDeadline.dueOn(Instant.parse("2026-12-31T22:30:00Z")));
    }

    @Test
    void aRequestIsOverdueFromTheDayAfterItsDueDateInNorway() {
        LocalDate due = LocalDate.of(2026, 12, 15);
        // 22:30 UTC on 15 December is 23:30 the same day in Oslo: still in time.
        assertFalse(StatutoryDeadline.hasPassed(due, Instant.parse("2026-12-15T22:30:00Z")));
        // 23:30 UTC is already 16 December in Oslo.
        assertTrue(StatutoryDeadline.hasPassed(due, Instant.parse("2026-12-15T23:30:00Z")));
    }
}
