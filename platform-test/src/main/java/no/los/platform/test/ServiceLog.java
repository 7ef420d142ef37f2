package no.los.platform.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The service's log as the test profile writes it (target/quarkus-test.log). */
public final class ServiceLog {

    private static final Path FILE = Path.of("target", "quarkus-test.log");

    private ServiceLog() {
    }

    /** Fails if the log mentions any of the values: planted personal data must never reach it. */
    public static void assertMentionsNoneOf(String... values) {
        String log = read();
        assertTrue(log.length() > 0, "the service wrote a log");
        for (String value : values) {
            assertFalse(log.contains(value), "the log contains a planted personal value");
        }
    }

    private static String read() {
        try {
            return Files.exists(FILE) ? Files.readString(FILE) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
