package no.los.customer.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.customer.Customer;
import no.los.customer.contract.CustomerRelationship;
import no.los.customer.privacy.RelationshipEndErasure;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.platform.erasure.BookkeepingPeriod;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/**
 * Ending a customer relationship once the last contract has ended (R10, R12): the customer becomes a
 * former customer, kept until the Bookkeeping Act's period runs out, and the suite hears of it once —
 * the erasure trigger every service answers. customer-service answers first, in the same transaction:
 * the end goes to its erasure rules through the rights protocol, which confirms it.
 */
@ApplicationScoped
public class RelationshipEnding {

    @Inject
    CustomerRepository customers;

    @Inject
    ContractRepository contracts;

    @Inject
    BookkeepingPeriod bookkeepingPeriod;

    @Inject
    RelationshipEndErasure erasure;

    @Inject
    Outbox outbox;

    /** Announced to the suite: whose relationship, the day it ended, and the contract that ended last. */
    public record RelationshipEnded(UUID customerId, LocalDate endedOn, UUID lastContractId) {
    }

    /** Customers whose relationship is due to end by {@code today}. */
    @Transactional
    public List<UUID> dueBy(LocalDate today) {
        return customers.withLastContractEndedBy(today);
    }

    /**
     * Ends the customer's relationship if its last contract has ended by {@code today}. Joins the
     * caller's transaction (a termination) or runs in its own (the scheduled check). Ending twice is
     * impossible: under the customer's lock, a former customer is left as it is.
     *
     * @return whether the relationship ended now
     */
    @Transactional
    public boolean endIfDue(UUID customerId, LocalDate today) {
        outbox.lockCustomer(customerId);
        Optional<Customer> found = customers.findByIdOptional(customerId);
        if (found.isEmpty() || found.get().isFormerCustomer()) {
            return false;
        }
        Customer customer = found.get();
        Optional<CustomerRelationship.End> end = CustomerRelationship.endOn(contracts.ofCustomer(customerId), today);
        if (end.isEmpty()) {
            return false;
        }
        customer.endRelationship(end.get().endedOn(), bookkeepingPeriod.keptUntil(end.get().endedOn()));
        UUID eventId = outbox.add(new OutgoingEvent(EventTopic.CUSTOMER, EventTypes.RELATIONSHIP_ENDED, customerId,
                new RelationshipEnded(customerId, end.get().endedOn(), end.get().lastContractId())));
        erasure.relationshipEnded(customerId, end.get().endedOn(), eventId);
        return true;
    }
}
