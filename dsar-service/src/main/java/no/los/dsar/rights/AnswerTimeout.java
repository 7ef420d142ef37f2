package no.los.dsar.rights;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * How long the services have to deliver their parts of an access or portability request before
 * dsar-service flags it as late. A service answers within seconds and its part is fetched at once; a
 * request still waiting after the timeout means a service is down, stuck or refusing dsar-service's
 * identity, and someone must look long before the deadline is at risk.
 */
public record AnswerTimeout(Duration duration) {

    public AnswerTimeout {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("an answer timeout cannot be negative");
        }
    }

    /** Whether a request received at {@code receivedAt} that still misses a part is late at {@code now}. */
    public boolean isLate(OffsetDateTime receivedAt, boolean everyPartIn, Instant now) {
        return !everyPartIn && now.isAfter(receivedAt.toInstant().plus(duration));
    }

    /** Requests received before this moment are late at {@code now} unless every part is in. */
    public Instant receivedLateBefore(Instant now) {
        return now.minus(duration);
    }
}
