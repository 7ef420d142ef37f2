package no.los.customer.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.contract.Contract;
import no.los.customer.repository.ContractRepository;
import no.los.customer.service.CustomerContracts.ContractRecord;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.time.OsloCalendar;

/**
 * Cancelling a contract before its first day: it never supplies, and the suite hears of it
 * (consumption-service then accepts no readings under it). When no other contract of the customer
 * remains in force, the relationship ends in the same transaction, on the day of cancelling.
 */
@ApplicationScoped
public class ContractCancellation {

    @Inject
    Restrictions restrictions;

    @Inject
    ContractRepository contracts;

    @Inject
    CustomerContracts customerContracts;

    @Inject
    RelationshipEnding relationshipEnding;


    @Inject
    Outbox outbox;

    /** Announced to the suite: ids and the day of cancelling. */
    public record ContractCancelled(UUID customerId, UUID contractId, String meteringPointId, LocalDate cancelledOn,
            OffsetDateTime cancelledAt) {
    }

    @Transactional
    public ContractRecord cancel(UUID customerId, UUID contractId) {
        outbox.lockCustomer(customerId);
        restrictions.requireUnrestricted(customerId, "Cancelling a contract");
        Contract contract = contracts.ofCustomer(customerId, contractId)
                .orElseThrow(() -> new NotFoundProblem("Contract"));
        LocalDate today = OsloCalendar.today();
        contract.cancel(today, OffsetDateTime.now());
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.CONTRACT_CANCELLED, customerId,
                new ContractCancelled(customerId, contract.id(), contract.meteringPointId().value(),
                        contract.cancelledOn(), contract.cancelledAt())));
        relationshipEnding.endIfDue(customerId, today);
        return customerContracts.record(contract);
    }
}
