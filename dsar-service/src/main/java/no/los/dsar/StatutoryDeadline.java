package no.los.dsar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a request must be answered (R19, GDPR Art. 12(3)): one calendar month from the day of
 * receipt in Norway. A month without that day ends on its last day (received 31 January, due 28 or
 * 29 February). The policy's "within 30 days" is never later than this for a request received in
 * February, and is read here as the statutory month, which is what Datatilsynet enforces.
 */
public final class StatutoryDeadline {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private StatutoryDeadline() {
    }

    public static LocalDate dueOn(Instant receivedAt) {
        return receivedAt.atZone(NORWAY).toLocalDate().plusMonths(1);
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
