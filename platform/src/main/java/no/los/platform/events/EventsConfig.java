package no.los.platform.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes and consumes events. Defaults live in the platform's configuration. */
@ConfigMapping(prefix = "los.events")
public interface EventsConfig {

    /**
     * The CloudEvents {@code source} of every event this service publishes, e.g. {@code /los/customer-service}.
     * It must be the {@link EventTopic#source()} of the topic the service owns: consumers park any
     * other source on that topic as forged.
     */
    String source();

    /** The outbox relay. */
    Relay relay();

    /** The idempotent consumer. */
    Consumer consumer();

    interface Relay {
        /** Whether this instance runs the relay at all. */
        @WithDefault("true")
        boolean enabled();

        /** The longest the relay sleeps when nobody wakes it after a commit. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** How long the relay waits after the broker refused a batch before it tries again. */
        @WithDefault("1s")
        Duration retryBackoff();

        /** Rows taken from the outbox per round. */
        @WithDefault("500")
        int batchSize();

        /** How long published rows stay in the outbox as proof of what was sent. */
        @WithDefault("P7D")
        Duration keepPublished();
    }

    interface Consumer {
        /** Whether this instance consumes events. */
        @WithDefault("true")
        boolean enabled();

        /** The Kafka consumer group; one per service. */
        String groupId();

        /** Attempts at a failing event before it is parked. Poison (unreadable) events are parked at once. */
        @WithDefault("3")
        int maxAttempts();

        /** The pause between two attempts at the same event, and before resuming after a passing failure. */
        @WithDefault("500ms")
        Duration retryBackoff();

        /**
         * How long the ids of handled events are remembered for deduplication. Must exceed the
         * longest a record can come again: the topics' retention (7 days in production).
         */
        @WithDefault("P30D")
        Duration rememberHandled();
    }
}
