package no.los.dsar.erasure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * How long the services have to confirm an erasure request before dsar-service flags it as late.
 * The services act on the request within seconds; a request still waiting after the timeout means
 * a service is down, stuck or has parked the request, and someone must look.
 */
public record ConfirmationTimeout(Duration duration) {

    public ConfirmationTimeout {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a confirmation timeout cannot be negative");
        }
    }

    /** Whether a request received at {@code receivedAt} and not yet confirmed by every service is late at {@code now}. */
    public boolean isLate(OffsetDateTime receivedAt, boolean allConfirmed, Instant now) {
        return !allConfirmed && now.isAfter(lateAfter(receivedAt));
    }

    /** The moment from which a request received at {@code receivedAt} is late. */
    public Instant lateAfter(OffsetDateTime receivedAt) {
        return receivedAt.toInstant().plus(duration);
    }

    /** Requests received before this moment are late at {@code now} unless all confirmed. */
    public Instant receivedLateBefore(Instant now) {
        return now.minus(duration);
    }
}
