package no.los.consent.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consent.privacy.ConsentErasure;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** A new contract: a former customer came back, and their ledger is no longer only evidence. */
@ApplicationScoped
class ContractStartedHandler implements EventHandler {

    /** The part of {@code no.los.customer.contract-started.v1} consent-service needs. */
    record ContractStarted(UUID customerId) {
    }

    @Inject
    ConsentErasure erasure;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CONTRACT_STARTED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ContractStarted started = EventReader.dataAs(event, ContractStarted.class);
        if (started.customerId() == null) {
            throw new PoisonEventException("contract started without customerId");
        }
        erasure.customerReturned(started.customerId());
    }
}
