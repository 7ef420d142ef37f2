package no.los.consent.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consent.service.ConsentErasure;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** A former customer's consents no longer matter, but their ledger stays as evidence (R10, G1). */
@ApplicationScoped
class RelationshipEndedErasureHandler implements EventHandler {

    /** The part of {@code no.los.customer.relationship-ended.v1} consent-service needs. */
    record RelationshipEnded(UUID customerId, LocalDate endedOn) {
    }

    @Inject
    ConsentErasure erasure;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.RELATIONSHIP_ENDED;
    }

    @Override
    public void handle(IncomingEvent event) {
        RelationshipEnded ended = EventReader.dataAs(event, RelationshipEnded.class);
        if (ended.customerId() == null || ended.endedOn() == null) {
            throw new PoisonEventException("relationship ended without customerId or endedOn");
        }
        erasure.relationshipEnded(ended.customerId(), ended.endedOn(), event.id());
    }
}
