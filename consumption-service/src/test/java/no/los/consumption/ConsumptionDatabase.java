package no.los.consumption;

import java.time.Duration;

import no.los.platform.test.Await;
import no.los.platform.test.TestDatabase;

/** Looks into consumption-service's test database the way an auditor would: counts only. */
public final class ConsumptionDatabase {

    public static final String NAME = "consumption_test";

    private ConsumptionDatabase() {
    }

    public static long count(String sql, Object... parameters) {
        return TestDatabase.number(NAME, sql, parameters);
    }

    /** One value the query reads, as text (an amount, a resolution), or {@code null} when it finds none. */
    public static String text(String sql, Object... parameters) {
        return TestDatabase.text(NAME, sql, parameters);
    }

    /** Waits until the query counts {@code expected}, e.g. until an event has been carried out. */
    public static void awaitCount(String what, long expected, String sql, Object... parameters) {
        Await.until(what, Duration.ofSeconds(30), () -> count(sql, parameters) == expected);
    }
}
