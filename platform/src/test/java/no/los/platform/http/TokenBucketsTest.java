package no.los.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 3, now::get);

    @Test
    void aCallerMayMakeItsBurstAtOnceAndThenWaits() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("kari").isEmpty(), "request " + i + " of the burst");
        }
        Optional<Duration> refused = buckets.take("kari");
        assertEquals(Optional.of(Duration.ofMillis(500)), refused, "at 2 a second the next token comes in half a second");
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.take("kari");
        }
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertTrue(buckets.take("kari").isEmpty());
        assertTrue(buckets.take("kari").isPresent());
        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("kari").isEmpty());
        }
        assertTrue(buckets.take("kari").isPresent(), "an idle hour still gives only the burst");
    }

    @Test
    void callersHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            buckets.take("kari");
        }
        assertTrue(buckets.take("kari").isPresent());
        assertTrue(buckets.take("billing-integration").isEmpty());
    }

    @Test
    void fullBucketsAreForgotten() {
        buckets.take("kari");
        buckets.take("ola");
        buckets.take("ola");
        now.addAndGet(Duration.ofMillis(500).toNanos());
        buckets.forgetFull();
        assertEquals(1, buckets.callers(), "kari's bucket is full again, ola's is not");
    }

    @Test
    void aLimitNeedsARateAndABurst() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 3, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0, now::get));
    }
}
