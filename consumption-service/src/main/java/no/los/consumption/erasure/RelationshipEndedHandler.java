package no.los.consumption.erasure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ConsumptionErasure;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * The customer's last contract has ended (R10, R12): app data goes at once; invoicing data stays for
 * the Bookkeeping Act's period, which starts counting now.
 */
@ApplicationScoped
class RelationshipEndedHandler implements EventHandler {

    record RelationshipEnded(UUID customerId, LocalDate endedOn) {
    }

    @Inject
    ConsumptionErasure erasure;

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
        RelationshipEnded data = EventReader.dataAs(event, RelationshipEnded.class);
        if (data.customerId() == null || data.endedOn() == null) {
            throw new PoisonEventException("relationship ended without customerId or endedOn");
        }
        erasure.relationshipEnded(data.customerId(), data.endedOn(), event.id());
    }
}
