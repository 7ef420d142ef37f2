package no.los.dsar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FetchBackoffTest {

    @Test
    void aServiceBrieflyAwayIsAskedAgainAtOnceAndThenLessAndLessOften() {
        assertEquals(Duration.ofSeconds(1), FetchBackoff.after(1));
        assertEquals(Duration.ofSeconds(2), FetchBackoff.after(2));
        assertEquals(Duration.ofSeconds(4), FetchBackoff.after(3));
        assertEquals(Duration.ofSeconds(256), FetchBackoff.after(9));
    }

    @Test
    void aServiceThatStaysDownIsAskedEveryFiveMinutes() {
        assertEquals(Duration.ofMinutes(5), FetchBackoff.after(10));
        assertEquals(Duration.ofMinutes(5), FetchBackoff.after(1_000));
    }

    @Test
    void thereIsNoBackoffWithoutAFailure() {
        assertThrows(IllegalArgumentException.class, () -> FetchBackoff.after(0));
    }
}
