package no.los.dsar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import no.los.platform.time.OsloCalendar;

/**
 * When a request must be answered (R19, G2; GDPR Art. 12(3)). The policy promises an answer "senest
 * innen 30 dager"; the regulation allows one month. The due date is the earlier of the two, counted
 * from the Norwegian day of receipt, so both promises always hold: received 1 December, due
 * 31 December (30 days, one day before 1 January); received 1 February, due 1 March (the month, 28
 * or 29 days). A month without the day of receipt ends on its last day (received 31 January, the
 * month ends 28 or 29 February).
 *
 * <p>The deadline may be extended by up to two further months (Art. 12(3)), only by a preliminary
 * answer sent on or before the due date: {@link #latestExtension}.
 */
public final class StatutoryDeadline {

    public static final ZoneId NORWAY = OsloCalendar.ZONE;

    /** The policy's promise: at the latest within 30 days. */
    public static final int PROMISED_DAYS = 30;

    /** How many months a preliminary answer may add (Art. 12(3)). */
    public static final int EXTENSION_MONTHS = 2;

    private StatutoryDeadline() {
    }

    public static LocalDate dueOn(Instant receivedAt) {
        return dueOn(today(receivedAt));
    }

    /** The due date of a request received on the given Norwegian day. */
    public static LocalDate dueOn(LocalDate receivedOn) {
        LocalDate oneMonth = receivedOn.plusMonths(1);
        LocalDate promised = receivedOn.plusDays(PROMISED_DAYS);
        return oneMonth.isBefore(promised) ? oneMonth : promised;
    }

    /** The latest day an extension can name: two further months after the first due date. */
    public static LocalDate latestExtension(LocalDate dueOn) {
        return dueOn.plusMonths(EXTENSION_MONTHS);
    }

    /** Whether the due date lies behind us: it is already the day after it in Norway. */
    public static boolean hasPassed(LocalDate dueOn, Instant now) {
        return today(now).isAfter(dueOn);
    }

    /** The Norwegian calendar day at {@code now}. */
    public static LocalDate today(Instant now) {
        return now.atZone(NORWAY).toLocalDate();
    }
}
