package no.los.consumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Days are Norwegian calendar days: contracts start and end on them, and an hour belongs to one. */
public final class OsloCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private OsloCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day in Norway on which the hour starting at {@code start} lies. */
    public static LocalDate dayOf(OffsetDateTime start) {
        return start.atZoneSameInstant(ZONE).toLocalDate();
    }
}
