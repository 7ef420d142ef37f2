package no.los.customer.worklist;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import no.los.platform.http.Page;
import no.los.platform.problem.InvalidInputException;

/**
 * Where a page of a work list ended: the last item's opening time and id. It names a place in the
 * order, not an item, so an item closed since the page was read does not break the next page.
 */
public record WorkItemCursor(OffsetDateTime openedAt, UUID id) {

    private static final char SEPARATOR = '_';

    public static WorkItemCursor of(WorkItem item) {
        return new WorkItemCursor(item.openedAt(), item.id());
    }

    /** The cursor a page handed out as its next; anything else is a 400 naming {@code after}. */
    public static WorkItemCursor parse(String text) {
        int separator = text.lastIndexOf(SEPARATOR);
        try {
            if (separator < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new WorkItemCursor(OffsetDateTime.parse(text.substring(0, separator)),
                    UUID.fromString(text.substring(separator + 1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException(Page.AFTER, "is not the next of a page of work items");
        }
    }

    @Override
    public String toString() {
        return openedAt.withOffsetSameInstant(ZoneOffset.UTC) + String.valueOf(SEPARATOR) + id;
    }
}
