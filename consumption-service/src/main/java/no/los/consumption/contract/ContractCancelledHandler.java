package no.los.consumption.contract;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ContractRegister;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * A contract was cancelled before it started: no readings are accepted under it. It stays as the
 * record of what was agreed, until the Bookkeeping Act's period counted from the day of cancelling.
 */
@ApplicationScoped
class ContractCancelledHandler implements EventHandler {

    record ContractCancelled(UUID customerId, UUID contractId, LocalDate cancelledOn) {
    }

    @Inject
    ContractRegister contracts;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CONTRACT_CANCELLED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ContractCancelled data = EventReader.dataAs(event, ContractCancelled.class);
        if (data.customerId() == null || data.contractId() == null || data.cancelledOn() == null) {
            throw new PoisonEventException("contract cancelled without customerId, contractId or cancelledOn");
        }
        if (!contracts.cancelled(data.contractId(), data.cancelledOn())) {
            // Events about one customer arrive in order, so the start must have come first.
            throw new PoisonEventException("contract cancelled that was never started");
        }
    }
}
