package no.los.platform.inbox;

import java.util.Set;

import no.los.platform.events.EventTopic;
import no.los.platform.events.IncomingEvent;

/**
 * Carries out one type of event in a consuming service. Implementations are CDI beans; the
 * {@link IdempotentConsumer} finds them, subscribes to their topics, and calls {@link #handle} inside
 * the transaction that also records the event as handled, so an event takes effect exactly once.
 */
public interface EventHandler {

    /** The topic the event type is published on. */
    EventTopic topic();

    /** The CloudEvents type this handler carries out, e.g. {@code no.los.consent.withdrawn.v1}. */
    String eventType();

    /** Further topics that carry the same event type for this handler, such as every service's answers. */
    default Set<EventTopic> alsoFrom() {
        return Set.of();
    }

    /** Further event types this handler carries out, from the same topics. */
    default Set<String> alsoTypes() {
        return Set.of();
    }

    /** Whether this service acts on the event at all; an inactive handler is not subscribed. */
    default boolean active() {
        return true;
    }

    /**
     * Carries out the event. Runs inside a transaction. Throw {@link PoisonEventException} when the
     * event can never be carried out (it is parked at once); any other exception is retried, then parked.
     */
    void handle(IncomingEvent event);
}
