package no.los.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 3, now::get);

    @Test
    void aCallerMayMakeItsBurstAtOnceAndThenWaits() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("kari").allowed(), "request " + i + " of the burst");
        }
        Allowance refused = buckets.take("kari");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofMillis(500), refused.retryAfter(), "at 2 a second the next token comes in half a second");
    }

    @Test
    void eachRequestSaysWhatIsLeftAndWhenTheBurstIsBack() {
        Allowance first = buckets.take("kari");
        assertEquals(3, first.limit());
        assertEquals(2, first.remaining());
        assertEquals(Duration.ofMillis(500), first.reset(), "one token taken, back in half a second");
        assertEquals(1, first.resetSeconds(), "rounded up to whole seconds");
        buckets.take("kari");
        Allowance third = buckets.take("kari");
        assertEquals(0, third.remaining());
        assertEquals(Duration.ofMillis(1500), third.reset());
        assertEquals(2, third.resetSeconds());
        Allowance refused = buckets.take("kari");
        assertEquals(0, refused.remaining(), "a refused request takes nothing and leaves nothing");
        assertEquals(Duration.ofMillis(1500), refused.reset());
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.take("kari");
        }
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertTrue(buckets.take("kari").allowed());
        assertFalse(buckets.take("kari").allowed());
        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("kari").allowed());
        }
        assertFalse(buckets.take("kari").allowed(), "an idle hour still gives only the burst");
    }

    @Test
    void callersHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            buckets.take("kari");
        }
        assertFalse(buckets.take("kari").allowed());
        assertTrue(buckets.take("billing-integration").allowed());
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
    void aLimitNeedsARateOfAtLeastOneAnHourAndABurst() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 3, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1.0 / 7200, 3, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0, now::get));
        new TokenBuckets(1.0 / 3600, 1, now::get);
    }
}
