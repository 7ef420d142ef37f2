package no.los.consumption;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import no.los.platform.http.Page;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.InvalidInputException;

/**
 * Where a page of a customer's readings ends: the metering point and the hour, in the order the
 * readings are read (by point, then hour). Written {@code <meteringPointId>/<instant>}; the next page
 * starts after it, so a page is read with a keyset query however long the period is.
 */
public record ReadingCursor(String meteringPointId, OffsetDateTime startsAt) {

    public static ReadingCursor of(String meteringPointId, OffsetDateTime startsAt) {
        return new ReadingCursor(meteringPointId, startsAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The cursor a caller passed back; {@code null} for the first page. */
    public static ReadingCursor parse(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no slash");
            }
            MeteringPointId point = new MeteringPointId(text.substring(0, slash));
            return of(point.value(), Instant.parse(text.substring(slash + 1)).atOffset(ZoneOffset.UTC));
        } catch (IllegalArgumentException | DateTimeParseException | InvalidInputException e) {
            throw new InvalidInputException(Page.AFTER, "is not the next of a page of readings");
        }
    }

    @Override
    public String toString() {
        return meteringPointId + "/" + startsAt.toInstant();
    }
}
