package no.los.customer.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.config.TerminationConfig;
import no.los.customer.contract.Contract;
import no.los.customer.contract.TerminationWindow;
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
 * Terminating a contract, for an end date from {@code los.customer.termination.max-days-back} days
 * back to a year ahead. When it was the customer's last one and its end date has come, the
 * relationship ends in the same transaction (the erasure trigger for every service); an end date
 * still ahead is left to the {@link RelationshipCheck}.
 */
@ApplicationScoped
public class ContractTermination {

    @Inject
    Restrictions restrictions;

    @Inject
    ContractRepository contracts;

    @Inject
    CustomerContracts customerContracts;

    @Inject
    RelationshipEnding relationshipEnding;


    @Inject
    TerminationConfig config;

    @Inject
    Outbox outbox;

    /** Announced to the suite: ids and the last day of supply. */
    public record ContractTerminated(UUID customerId, UUID contractId, String meteringPointId, LocalDate endsOn,
            OffsetDateTime terminatedAt) {
    }

    @Transactional
    public ContractRecord terminate(UUID customerId, UUID contractId, LocalDate endsOn) {
        outbox.lockCustomer(customerId);
        restrictions.requireUnrestricted(customerId, "Terminating a contract");
        Contract contract = contracts.ofCustomer(customerId, contractId)
                .orElseThrow(() -> new NotFoundProblem("Contract"));
        LocalDate today = OsloCalendar.today();
        contract.terminate(endsOn, new TerminationWindow(today, config.maxDaysBack()), OffsetDateTime.now());
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.CONTRACT_TERMINATED, customerId,
                new ContractTerminated(customerId, contract.id(), contract.meteringPointId().value(),
                        contract.endsOn(), contract.terminatedAt())));
        relationshipEnding.endIfDue(customerId, today);
        return customerContracts.record(contract);
    }
}
