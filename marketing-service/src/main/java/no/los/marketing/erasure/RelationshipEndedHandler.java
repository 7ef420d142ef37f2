package no.los.marketing.erasure;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** The customer's last contract ended: a former customer's address leaves the store at once (R10). */
@ApplicationScoped
class RelationshipEndedHandler implements EventHandler {

    /** What marketing reads from {@code no.los.customer.relationship-ended.v1}. */
    record RelationshipEnded(UUID customerId) {
    }

    @Inject
    NewsletterErasure erasure;

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
        if (ended.customerId() == null) {
            throw new PoisonEventException("relationship ended without customerId");
        }
        erasure.relationshipEnded(ended.customerId(), event.id());
    }
}
