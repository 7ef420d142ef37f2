package no.los.dsar.rights;

import java.time.Duration;

/**
 * How long the collector waits before fetching a part again after a failure: one second after the
 * first, doubling after each further one, and never more than five minutes. A service that is briefly
 * away is asked again at once; one that stays down is not hammered every second, and is still tried
 * often enough that its part is in within minutes of its return.
 */
public final class FetchBackoff {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private FetchBackoff() {
    }

    /** The wait after the given number of failed attempts in a row (at least one). */
    public static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a backoff follows at least one failure");
        }
        if (failedAttempts > 9) {
            return LONGEST;
        }
        Duration wait = Duration.ofSeconds(1L << (failedAttempts - 1));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
