package no.los.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column as a native query returns it: the JDBC driver and Hibernate hand it
 * over as {@link OffsetDateTime}, {@link Instant} or {@link Timestamp}, depending on how the query
 * was built. Read it here, once, as an instant in UTC.
 */
public final class NativeTimestamps {

    private NativeTimestamps() {
    }

    public static OffsetDateTime utc(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
