package no.los.platform.http;

import java.time.Duration;

/** A caller has used up its requests for now; answered with 429 and {@code Retry-After}. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("Too many requests; try again in " + Math.max(1, Allowance.wholeSecondsUp(retryAfter)) + " s", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, Allowance.wholeSecondsUp(retryAfter));
    }
}
