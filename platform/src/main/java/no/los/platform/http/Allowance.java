package no.los.platform.http;

import java.time.Duration;

/**
 * What one request left of its caller's limit, as the {@code RateLimit-*} response headers tell it.
 *
 * @param limit      the requests the caller may make at once (the burst)
 * @param remaining  the requests the caller may still make right now, after this one
 * @param reset      how long until the caller may make a full burst again
 * @param retryAfter how long until the next request is allowed; zero when this one was allowed
 */
public record Allowance(int limit, int remaining, Duration reset, Duration retryAfter) {

    /** Whether this request was allowed. */
    public boolean allowed() {
        return retryAfter.isZero();
    }

    /**
     * Whole seconds until a full burst is available again, rounded up, as {@code RateLimit-Reset} wants
     * them; at most {@link Integer#MAX_VALUE} (some 68 years) however slow the configured rate.
     */
    public long resetSeconds() {
        return Math.min(Integer.MAX_VALUE, wholeSecondsUp(reset));
    }

    static long wholeSecondsUp(Duration duration) {
        return (duration.toNanos() + 999_999_999L) / 1_000_000_000L;
    }
}
