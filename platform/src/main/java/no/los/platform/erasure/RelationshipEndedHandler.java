package no.los.platform.erasure;

import java.time.LocalDate;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * The receiving half of the erasure protocol for former customers: reads customer-service's
 * {@code relationship-ended} events and hands each to the service's own rule for former customers.
 */
public abstract class RelationshipEndedHandler implements EventHandler {

    /** The part of {@code no.los.customer.relationship-ended.v1} a rule needs. */
    public record RelationshipEnded(UUID customerId, LocalDate endedOn) {
    }

    @Override
    public final EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public final String eventType() {
        return EventTypes.RELATIONSHIP_ENDED;
    }

    @Override
    public final void handle(IncomingEvent event) {
        RelationshipEnded ended = EventReader.dataAs(event, RelationshipEnded.class);
        if (ended.customerId() == null || ended.endedOn() == null) {
            throw new PoisonEventException("relationship ended without customerId or endedOn");
        }
        relationshipEnded(ended.customerId(), ended.endedOn(),
                ErasureReport.on(ErasureTrigger.RELATIONSHIP_ENDED, event.id()));
    }

    /**
     * Applies the service's rule for a former customer, fills the report with what it deleted and
     * kept, and confirms it. Runs inside the consumer's transaction.
     */
    protected abstract void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report);
}
