package no.los.platform.http;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list that spans many people (OWASP API4): at most the page size the caller asked
 * for, up to a maximum the operation sets, and the cursor of the next page, or none after the last.
 *
 * @param items the entries of this page
 * @param next  what to pass as the cursor parameter for the next page; null on the last page
 */
public record Page<T>(@Schema(maxItems = MAX_SIZE) List<T> items,
        @Schema(maxLength = MAX_CURSOR, description = "The cursor of the next page; absent on the last") String next) {

    /** The largest page any operation hands out. */
    public static final int MAX_SIZE = 1000;
    /** The longest cursor a page names (an id, a timestamp or a sequence number). */
    public static final int MAX_CURSOR = 100;

    public Page {
        items = List.copyOf(items);
        if (items.size() > MAX_SIZE || (next != null && next.length() > MAX_CURSOR)) {
            throw new IllegalArgumentException("a page holds at most " + MAX_SIZE + " items and a cursor of at most "
                    + MAX_CURSOR + " characters");
        }
    }

    /**
     * A page from the first {@code size + 1} entries read: when there is one more than asked for,
     * there is a next page, which starts after the last entry kept.
     */
    public static <T> Page<T> of(List<T> readOneMore, int size, Function<T, String> cursorOf) {
        if (readOneMore.size() <= size) {
            return new Page<>(readOneMore, null);
        }
        List<T> kept = readOneMore.subList(0, size);
        return new Page<>(kept, cursorOf.apply(kept.get(size - 1)));
    }
}
