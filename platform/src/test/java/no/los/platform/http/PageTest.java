package no.los.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
