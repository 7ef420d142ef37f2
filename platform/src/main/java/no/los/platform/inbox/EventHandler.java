package no.los.platform.inbox;

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

    /**
     * Carries out the event. Runs inside a transaction. Throw {@link PoisonEventException} when the
     * event can never be carried out (it is parked at once); any other exception is retried, then parked.
     */
    void handle(IncomingEvent event);
}
