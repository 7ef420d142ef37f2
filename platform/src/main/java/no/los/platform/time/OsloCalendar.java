package no.los.platform.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Calendar days as LOS counts them, in Europe/Oslo whatever zone the server runs in: contracts start
 * and end on them, an hour of consumption belongs to one, deadlines and retention periods count them.
 * Written once for the five services.
 */
public final class OsloCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private OsloCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day in Norway on which {@code instant} lies. */
    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** The first instant of the day in Norway (midnight, or the first hour after a DST gap). */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
