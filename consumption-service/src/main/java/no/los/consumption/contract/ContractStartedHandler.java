package no.los.consumption.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** customer-service registered a supply contract: readings for its metering point are ours from startsOn. */
@ApplicationScoped
class ContractStartedHandler implements EventHandler {

    record ContractStarted(UUID customerId, UUID contractId, String meteringPointId, String contractType,
            LocalDate startsOn) {
    }

    @Inject
    ContractRegister contracts;

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
        ContractStarted data = EventReader.dataAs(event, ContractStarted.class);
        if (data.customerId() == null || data.contractId() == null || data.startsOn() == null) {
            throw new PoisonEventException("contract started without customerId, contractId or startsOn");
        }
        if (data.meteringPointId() == null || !data.meteringPointId().matches("\\d{18}")) {
            throw new PoisonEventException("contract started without an 18-digit meteringPointId");
        }
        contracts.started(new SupplyContract(data.contractId(), data.customerId(), data.meteringPointId(),
                contractType(data.contractType()), data.startsOn(), OffsetDateTime.now()));
    }

    private static ContractType contractType(String name) {
        try {
            return ContractType.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("contract started with an unknown contractType");
        }
    }
}
