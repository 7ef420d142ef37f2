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

/** A contract was terminated: readings after endsOn are no longer ours. The contract itself stays invoicing data. */
@ApplicationScoped
class ContractTerminatedHandler implements EventHandler {

    record ContractTerminated(UUID customerId, UUID contractId, String meteringPointId, LocalDate endsOn) {
    }

    @Inject
    ContractRegister contracts;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CONTRACT_TERMINATED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ContractTerminated data = EventReader.dataAs(event, ContractTerminated.class);
        if (data.customerId() == null || data.contractId() == null || data.endsOn() == null) {
            throw new PoisonEventException("contract terminated without customerId, contractId or endsOn");
        }
        if (!contracts.terminated(data.contractId(), data.endsOn())) {
            // Events about one customer arrive in order, so the start must have come first.
            throw new PoisonEventException("contract terminated that was never started");
        }
    }
}
