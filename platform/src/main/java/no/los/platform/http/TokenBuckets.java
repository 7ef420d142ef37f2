package no.los.platform.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller: a caller may make {@code burst} requests at once and then
 * {@code perSecond} a second. A bucket full again holds nothing worth keeping and is forgotten.
 * The rate is at least one request an hour, so every wait the buckets name is under an hour.
 */
final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The slowest rate a limit may have: one request an hour. */
    static final double SLOWEST_RATE = 1.0 / 3600;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond < SLOWEST_RATE || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a rate of at least one request an hour and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for this caller if there is one; says what is left, or how long until there is one. */
    Allowance take(String caller) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            Duration retryAfter = Duration.ZERO;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
            } else {
                retryAfter = nanosFor(1 - bucket.tokens);
            }
            return new Allowance(burst, (int) Math.floor(bucket.tokens), nanosFor(burst - bucket.tokens), retryAfter);
        }
    }

    private Duration nanosFor(double tokens) {
        return Duration.ofNanos((long) Math.ceil(tokens / perSecond * NANOS_PER_SECOND));
    }

    /** Forgets the buckets that have filled up again: their callers are back to a full burst anyway. */
    void forgetFull() {
        long now = nanoTime.getAsLong();
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, perSecond, burst);
                return entry.getValue().tokens >= burst;
            }
        });
    }

    int callers() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, double perSecond, int burst) {
            double earned = (now - refilledAt) / (double) NANOS_PER_SECOND * perSecond;
            tokens = Math.min(burst, tokens + earned);
            refilledAt = now;
        }
    }
}
