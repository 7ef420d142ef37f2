package no.los.customer.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.Customer;
import no.los.customer.config.ContractStartConfig;
import no.los.customer.contract.Contract;
import no.los.customer.contract.ContractType;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.customer.service.CustomerContracts.ContractRecord;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.time.OsloCalendar;

/** Starting a supply contract for one of the customer's metering points (R6). */
@ApplicationScoped
public class ContractRegistration {

    @Inject
    Restrictions restrictions;

    @Inject
    CustomerRepository customers;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    ContractRepository contracts;

    @Inject
    CustomerContracts customerContracts;

    @Inject
    Outbox outbox;

    @Inject
    ContractStartConfig startLimits;


    public record StartContract(UUID customerId, MeteringPointId meteringPointId, ContractType contractType,
            LocalDate startsOn) {
    }

    /** Announced to the suite: ids, the type and the start, nothing about the person. */
    public record ContractStarted(UUID customerId, UUID contractId, String meteringPointId, ContractType contractType,
            LocalDate startsOn) {
    }

    /**
     * Registers the contract and announces it. A start later than {@code los.customer.contract-start.max-days-ahead}
     * days after today is a 400 naming {@code startsOn}, and nothing is stored.
     */
    @Transactional
    public ContractRecord start(StartContract command) {
        LocalDate latest = OsloCalendar.today().plusDays(startLimits.maxDaysAhead());
        if (command.startsOn().isAfter(latest)) {
            throw new InvalidInputException("startsOn", "must be no later than " + latest + " ("
                    + startLimits.maxDaysAhead() + " days from today)");
        }
        outbox.lockCustomer(command.customerId()); // decides on the customer's contracts: none may change meanwhile
        restrictions.requireUnrestricted(command.customerId(), "Starting a contract");
        Customer customer = customers.findByIdOptional(command.customerId())
                .orElseThrow(() -> new NotFoundProblem("Customer"));
        MeteringPoint point = meteringPoints.findByIdOptional(command.meteringPointId().value())
                .filter(candidate -> candidate.customerId().equals(customer.id()))
                .orElseThrow(() -> new InvalidInputException(MeteringPointId.FIELD,
                        "is not one of this customer's metering points"));
        if (contracts.onMeteringPoint(point.id()).stream().anyMatch(other -> other.overlapsFrom(command.startsOn()))) {
            throw new ConflictProblem("The metering point already has a contract in force from that day");
        }
        Contract contract = Contract.start(customer.id(), point.id(), command.contractType(), command.startsOn(),
                OffsetDateTime.now());
        contracts.persistAndFlush(contract);
        customer.resumeRelationship();
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.CONTRACT_STARTED, customer.id(),
                new ContractStarted(customer.id(), contract.id(), point.id().value(), contract.contractType(),
                        contract.startsOn())));
        return customerContracts.record(contract);
    }
}
