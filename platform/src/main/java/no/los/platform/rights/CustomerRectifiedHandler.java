package no.los.platform.rights;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * customer-service's {@code rectified}, read by every other service that takes part in the rights
 * but dsar-service, which is told by the answers: each brings its copies up to date and, when a
 * rectification request asked for it, answers the request (Art. 19).
 */
@ApplicationScoped
class CustomerRectifiedHandler implements EventHandler {

    /** The part of {@code no.los.customer.rectified.v1} the protocol needs. */
    record CustomerRectified(UUID customerId, List<String> fields, UUID requestId) {
    }

    @Inject
    RightsProtocol protocol;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CUSTOMER_RECTIFIED;
    }

    @Override
    public boolean active() {
        String self = protocol.serviceName();
        return protocol.participant().isPresent() && !self.equals(EventTopic.CUSTOMER.owner())
                && !self.equals(EventTopic.DSAR.owner());
    }

    @Override
    public void handle(IncomingEvent event) {
        CustomerRectified rectified = EventReader.dataAs(event, CustomerRectified.class);
        if (rectified.customerId() == null || rectified.fields() == null || rectified.fields().isEmpty()) {
            throw new PoisonEventException("rectified without customerId or fields");
        }
        protocol.rectified(rectified.customerId(), rectified.requestId(), Set.copyOf(rectified.fields()));
    }
}
