package no.los.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.los.platform.problem.InvalidInputException;

class PageTest {

    @Test
    void oneEntryMoreThanAskedForMeansThereIsANextPageAfterTheLastKept() {
        Page<Integer> page = Page.of(List.of(1, 2, 3, 4), 3, String::valueOf);
        assertEquals(List.of(1, 2, 3), page.items());
        assertEquals("3", page.next());
    }

    @Test
    void noMoreThanAskedForIsTheLastPage() {
        Page<Integer> page = Page.of(List.of(1, 2), 3, String::valueOf);
        assertEquals(List.of(1, 2), page.items());
        assertNull(page.next());
    }

    @Test
    void aListReadWholeIsHandedOutAPageAtATimeInItsOwnOrder() {
        List<String> contracts = List.of("c", "a", "d", "b", "e");
        Page<String> first = Page.slice(contracts, null, 2, String::valueOf);
        assertEquals(List.of("c", "a"), first.items());
        Page<String> second = Page.slice(contracts, first.next(), 2, String::valueOf);
        assertEquals(List.of("d", "b"), second.items());
        Page<String> last = Page.slice(contracts, second.next(), 2, String::valueOf);
        assertEquals(List.of("e"), last.items());
        assertNull(last.next());
    }

    @Test
    void aCursorNamingNoEntryIsRefusedRatherThanStartingOver() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Page.slice(List.of("a", "b"), "gone", 2, String::valueOf));
        assertEquals(Page.AFTER, refused.field());
    }
}
