package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;

/** Registering a customer (R6): one person, once, with the national ID number protected at rest. */
@ApplicationScoped
public class CustomerRegistration {

    @Inject
    CustomerRepository customers;

    @Inject
    NationalIdProtection protection;

    @Inject
    Outbox outbox;

    @Inject
    Worklist worklist;

    @Inject
    PopulationChecks populationChecks;

    /** What customer service registers. Every field is already validated; the e-mail address may be missing. */
    public record RegisterCustomer(String fullName, NationalIdNumber nationalIdNumber, String email, String phone,
            PostalAddress address) {
    }

    /** Announced to the suite: ids only. */
    public record CustomerRegistered(UUID customerId, OffsetDateTime registeredAt) {
    }

    @Transactional
    public Customer register(RegisterCustomer command) {
        if (customers.existsWithNationalId(protection.lookupCandidates(command.nationalIdNumber()))) {
            throw new ConflictProblem("A customer with this national ID number is already registered");
        }
        UUID id = UUID.randomUUID();
        Customer customer = Customer.register(id, command.fullName(), protection.seal(id, command.nationalIdNumber()),
                command.email(), command.phone(), command.address(), OffsetDateTime.now());
        customers.persistAndFlush(customer); // a concurrent twin fails here, as a conflict
        if (customer.email() == null) {
            worklist.open(customer.id(), WorkItemKind.MISSING_EMAIL);
        }
        populationChecks.queue(customer.id()); // made by PopulationCheckJob: registration never waits for the register
        outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.CUSTOMER_REGISTERED, customer.id(),
                new CustomerRegistered(customer.id(), customer.registeredAt())));
        return customer;
    }
}
