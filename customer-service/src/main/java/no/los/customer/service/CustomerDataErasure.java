package no.los.customer.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.Customer;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.platform.erasure.ErasureConfirmations;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.outbox.Outbox;

/**
 * customer-service's erasure rules, one per trigger, each answered with one confirmation in the
 * transaction that deletes (or keeps) the data:
 * <ul>
 * <li><b>relationship ended</b>: everything is primary documentation for invoicing and is kept
 * under the Bookkeeping Act until the period for the day the relationship ended runs out — except
 * the contact details of a customer who asked for erasure while a contract was in force: they go now;</li>
 * <li><b>erasure request</b>: a former customer loses the contact details, the rest stays for
 * bookkeeping; a customer with a contract in force keeps everything while it is in force, and the
 * request is remembered for the relationship's end; a customer who never had a contract is deleted entirely;</li>
 * <li><b>retention expired</b>: a former customer past the keep-until day is deleted with contracts
 * and metering points.</li>
 * </ul>
 * Categories: {@value #IDENTITY}, {@value #POSTAL_ADDRESS}, {@value #CONTACT_DETAILS},
 * {@value #CONTRACTS}, {@value #METERING_POINTS}.
 */
@ApplicationScoped
public class CustomerDataErasure {

    /** Name and national ID number. */
    static final String IDENTITY = "customer-identity";
    static final String POSTAL_ADDRESS = "postal-address";
    /** Phone number and e-mail address, counted per value. */
    static final String CONTACT_DETAILS = "contact-details";
    static final String CONTRACTS = "contracts";
    static final String METERING_POINTS = "metering-points";

    @Inject
    CustomerRepository customers;

    @Inject
    ContractRepository contracts;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    RelationshipEnding relationshipEnding;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    OsloCalendar calendar;

    @Inject
    Outbox outbox;

    /**
     * The relationship just ended: everything is kept for bookkeeping, but the contact details of a
     * customer whose erasure request waited for this end are deleted; confirmed either way.
     */
    @Transactional(TxType.MANDATORY)
    public void confirmRelationshipEnded(Customer customer, String relationshipEndedEventId) {
        ErasureReport report = ErasureReport.on(ErasureTrigger.RELATIONSHIP_ENDED, relationshipEndedEventId);
        boolean erasureRequested = customer.hasPendingErasureRequest();
        if (erasureRequested) {
            report.deleted(CONTACT_DETAILS, customer.eraseContactDetails());
        }
        keep(report, customer, !erasureRequested, RetentionReason.BOOKKEEPING_ACT, customer.keptUntil());
        confirmations.confirm(EventTopic.CUSTOMER, customer.id(), report);
    }

    /** An erasure request (Art. 17): erases what no legal duty or contract keeps, and confirms it. */
    @Transactional(TxType.MANDATORY)
    public void eraseOnRequest(UUID customerId, ErasureReport report) {
        outbox.lockCustomer(customerId);
        // A last contract that ended since the relationship check last ran makes a former customer now.
        relationshipEnding.endIfDue(customerId, calendar.today());
        Optional<Customer> found = customers.findByIdOptional(customerId);
        if (found.isEmpty()) {
            nothingHeld(report);
        } else if (found.get().isFormerCustomer()) {
            Customer former = found.get();
            report.deleted(CONTACT_DETAILS, former.eraseContactDetails());
            keep(report, former, false, RetentionReason.BOOKKEEPING_ACT, former.keptUntil());
        } else if (contracts.countOfCustomer(customerId) > 0) {
            found.get().rememberErasureRequest(OffsetDateTime.now());
            keep(report, found.get(), true, RetentionReason.CONTRACT_IN_FORCE, null);
        } else {
            deleteEverything(report, found.get());
        }
        confirmations.confirm(EventTopic.CUSTOMER, customerId, report);
    }

    /** Former customers whose records are kept no longer after {@code today}. */
    @Transactional
    public List<UUID> expiredBy(LocalDate today) {
        return customers.keptUntilBefore(today);
    }

    /**
     * Deletes a former customer whose keep-until day lies before {@code today}, with contracts and
     * metering points, and confirms it as part of the retention run {@code runId}.
     *
     * @return whether the customer was deleted (not when a new contract made it a customer again meanwhile)
     */
    @Transactional
    public boolean eraseExpired(UUID customerId, String runId, LocalDate today) {
        outbox.lockCustomer(customerId);
        Optional<Customer> found = customers.findByIdOptional(customerId)
                .filter(customer -> customer.keptUntil() != null && customer.keptUntil().isBefore(today));
        if (found.isEmpty()) {
            return false;
        }
        ErasureReport report = ErasureReport.on(ErasureTrigger.RETENTION_EXPIRED, runId);
        deleteEverything(report, found.get());
        confirmations.confirm(EventTopic.CUSTOMER, customerId, report);
        return true;
    }

    private void keep(ErasureReport report, Customer customer, boolean withContactDetails, RetentionReason reason,
            LocalDate until) {
        report.kept(IDENTITY, 1, reason, until);
        report.kept(POSTAL_ADDRESS, 1, reason, until);
        if (withContactDetails) {
            report.kept(CONTACT_DETAILS, customer.contactDetailCount(), reason, until);
        }
        report.kept(CONTRACTS, contracts.countOfCustomer(customer.id()), reason, until);
        report.kept(METERING_POINTS, meteringPoints.countOfCustomer(customer.id()), reason, until);
    }

    private void deleteEverything(ErasureReport report, Customer customer) {
        int contactDetails = customer.contactDetailCount();
        long deletedContracts = contracts.deleteOfCustomer(customer.id());
        long deletedPoints = meteringPoints.deleteOfCustomer(customer.id());
        customers.delete(customer);
        customers.flush();
        report.deleted(IDENTITY, 1)
                .deleted(POSTAL_ADDRESS, 1)
                .deleted(CONTACT_DETAILS, contactDetails)
                .deleted(CONTRACTS, deletedContracts)
                .deleted(METERING_POINTS, deletedPoints);
    }

    private static void nothingHeld(ErasureReport report) {
        report.deleted(IDENTITY, 0)
                .deleted(POSTAL_ADDRESS, 0)
                .deleted(CONTACT_DETAILS, 0)
                .deleted(CONTRACTS, 0)
                .deleted(METERING_POINTS, 0);
    }
}
