package no.los.platform.http;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.platform.problem.InvalidInputException;

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
    /** The page size of an operation whose caller names none. */
    public static final int DEFAULT_SIZE = 100;
    /** The query parameter that names the cursor of the page to start after. */
    public static final String AFTER = "after";

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

    /**
     * A page of a list read whole because it is one person's and short by nature (their contracts,
     * consents, requests), kept in the list's order: the entries after the one whose cursor is
     * {@code after}, or from the first when it is null.
     *
     * @throws InvalidInputException when {@code after} names no entry of the list (it may have
     *                               gone since the previous page was read)
     */
    public static <T> Page<T> slice(List<T> ordered, String after, int size, Function<T, String> cursorOf) {
        int from = 0;
        if (after != null) {
            from = 1 + ordered.stream().map(cursorOf).toList().indexOf(after);
            if (from == 0) {
                throw new InvalidInputException(AFTER, "names no entry of this list; start again from the first page");
            }
        }
        return of(ordered.subList(from, Math.min(ordered.size(), from + size + 1)), size, cursorOf);
    }
}
