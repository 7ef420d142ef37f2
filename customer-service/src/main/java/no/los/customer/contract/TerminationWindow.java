package no.los.customer.contract;

import java.time.LocalDate;

/**
 * The days a contract terminated {@code today} may end on: at most {@code maxDaysBack} days back
 * (a late notice), at most one year ahead (a notice that far ahead is a mistake, not a plan).
 */
public record TerminationWindow(LocalDate today, int maxDaysBack) {

    public TerminationWindow {
        if (today == null || maxDaysBack < 0) {
            throw new IllegalArgumentException("a termination window needs today and a non-negative number of days back");
        }
    }

    /** The earliest end date allowed. */
    public LocalDate earliest() {
        return today.minusDays(maxDaysBack);
    }

    /** The latest end date allowed. */
    public LocalDate latest() {
        return today.plusYears(1);
    }
}
