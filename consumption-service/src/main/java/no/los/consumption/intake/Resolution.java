package no.los.consumption.intake;

import java.time.Duration;
import java.time.LocalDate;

import no.los.platform.time.OsloCalendar;

/**
 * How finely Elhub measured a metering point's day: per hour, or per quarter hour since the move to
 * 15-minute settlement. A point may change resolution at a day boundary, never within a day.
 */
public enum Resolution {
    PT60M(60), PT15M(15);

    private final int minutes;

    Resolution(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public long seconds() {
        return minutes * 60L;
    }

    /**
     * How many values a whole Norwegian day has: 23, 24 or 25 hours, or 92, 96 or 100 quarters,
     * as the clocks change.
     */
    public int intervalsOn(LocalDate day) {
        long dayMinutes = Duration.between(OsloCalendar.startOf(day), OsloCalendar.startOf(day.plusDays(1))).toMinutes();
        return (int) (dayMinutes / minutes);
    }

    /** The resolution by its ISO-8601 duration, as Elhub names it; {@code null} for anything else. */
    public static Resolution named(String name) {
        for (Resolution resolution : values()) {
            if (resolution.name().equals(name)) {
                return resolution;
            }
        }
        return null;
    }
}
