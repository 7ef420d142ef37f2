package no.los.platform.rights;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** customer-service's {@code relationship-ended}: each service applies its rule for former customers. */
@ApplicationScoped
class RelationshipEndedTrigger extends ErasureTriggerHandler {

    /** The part of {@code no.los.customer.relationship-ended.v1} the rules need. */
    record RelationshipEnded(UUID customerId, LocalDate endedOn) {
    }

    @Override
    ErasureTrigger trigger() {
        return ErasureTrigger.RELATIONSHIP_ENDED;
    }

    @Override
    public boolean active() {
        // customer-service ends relationships itself and hands the case to the protocol in that transaction
        return super.active() && !protocol.serviceName().equals(EventTopic.CUSTOMER.owner());
    }

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
        protocol.erase(new ErasureCase.RelationshipEnded(ended.customerId(), ended.endedOn()),
                ErasureReport.on(ErasureTrigger.RELATIONSHIP_ENDED, event.id()));
    }
}
