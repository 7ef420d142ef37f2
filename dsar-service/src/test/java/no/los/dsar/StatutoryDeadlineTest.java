package no.los.dsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The due date keeps both promises: the policy's 30 days and the regulation's month. */
class StatutoryDeadlineTest {

    @ParameterizedTest(name = "every day of {0}")
    @ValueSource(ints = { 2027, 2028 })
    void everyDayOfAYearIsDueWithinThirtyDaysAndWithinOneCalendarMonth(int year) {
        for (LocalDate received = LocalDate.of(year, 1, 1); received.getYear() == year; received = received.plusDays(1)) {
            LocalDate due = StatutoryDeadline.dueOn(received);
            long days = ChronoUnit.DAYS.between(received, due);
            assertTrue(days <= 30, received + " is due " + due + ", " + days + " days later");
            assertFalse(due.isAfter(received.plusMonths(1)), received + " is due " + due + ", after one month");
            assertTrue(due.equals(received.plusDays(30)) || due.equals(received.plusMonths(1)),
                    received + " is due " + due + ", later than need be");
        }
    }

    @Test
    void aRequestReceivedOnTheFirstOfDecemberIsDueOnTheLastDayOfDecember() {
        assertEquals(LocalDate.of(2026, 12, 31), StatutoryDeadline.dueOn(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void inAShortMonthTheCalendarMonthComesFirst() {
        assertEquals(LocalDate.of(2027, 3, 1), StatutoryDeadline.dueOn(LocalDate.of(2027, 2, 1)));
        assertEquals(LocalDate.of(2027, 2, 28), StatutoryDeadline.dueOn(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), StatutoryDeadline.dueOn(LocalDate.of(2028, 1, 31)));
    }

    @Test
    void theDayOfReceiptIsTheNorwegianDay() {
        // 23:30 UTC on 31 March is already 1 April in Oslo (summer time, UTC+2): due 1 May.
        assertEquals(LocalDate.of(2026, 5, 1), StatutoryDeadline.dueOn(Instant.parse("2026-03-31T23:30:00Z")));
        // 22:30 UTC on 31 December is 23:30 the same day in Oslo (winter time, UTC+1): due 30 January.
        assertEquals(LocalDate.of(2027, 1, 30), StatutoryDeadline.dueOn(Instant.parse("2026-12-31T22:30:00Z")));
    }

    @Test
    void anExtensionReachesAtMostTwoFurtherMonths() {
        assertEquals(LocalDate.of(2027, 2, 28), StatutoryDeadline.latestExtension(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 5, 1), StatutoryDeadline.latestExtension(LocalDate.of(2027, 3, 1)));
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
