package no.los.customer.privacy;

import static no.los.customer.privacy.CustomerDataMap.CONTACT_DETAILS;
import static no.los.customer.privacy.CustomerDataMap.CONTRACTS;
import static no.los.customer.privacy.CustomerDataMap.IDENTITY;
import static no.los.customer.privacy.CustomerDataMap.INTERACTION_LOG;
import static no.los.customer.privacy.CustomerDataMap.METERING_POINTS;
import static no.los.customer.privacy.CustomerDataMap.METER_HISTORY;
import static no.los.customer.privacy.CustomerDataMap.POSTAL_ADDRESS;
import static no.los.customer.privacy.CustomerDataMap.WORK_ITEMS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.customer.Customer;
import no.los.customer.interaction.CustomerCase;
import no.los.customer.login.LoginAccounts;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerCaseRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.InteractionRepository;
import no.los.customer.repository.MeterSwapRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.customer.repository.PopulationCheckRepository;
import no.los.customer.repository.WorkItemRepository;
import no.los.customer.service.RelationshipEnding;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.rights.DataSubjectRights.ErasureRules;
import no.los.platform.time.OsloCalendar;

/**
 * customer-service's erasure rules, one per case. The platform's rights protocol calls them with the
 * customer's lock held, in the transaction that confirms what they deleted and kept:
 * <ul>
 * <li><b>relationship ended</b>: everything is primary documentation for invoicing and is kept
 * under the Bookkeeping Act until the period for the day the relationship ended runs out — except
 * the contact details of a customer who asked for erasure while a contract was in force: they go now;
 * the agents' open work items about the customer go too, as there is no relationship left to follow up;</li>
 * <li><b>erasure request</b>: a former customer loses the contact details, the rest stays for
 * bookkeeping; a customer with a contract in force keeps everything while it is in force, and the
 * request is remembered for the relationship's end; a customer who never had a contract is deleted
 * entirely; a customer the service does not know is confirmed with nothing held;</li>
 * <li><b>retention expired</b>: a former customer past the keep-until day is deleted with contracts
 * and metering points.</li>
 * <li>the <b>interaction log</b> outlives the relationship as evidence ({@code LEGAL_CLAIMS}) for its own
 * period after each case closed, which the {@link ExpiredRecordsSweep} enforces; a former customer's
 * erasure request deletes the closed cases at once and keeps the open ones until they close.</li>
 * </ul>
 * The login account at the identity provider follows the contact details: removed through
 * {@link LoginAccounts} when they are deleted, and listed as {@value #LOGIN_ACCOUNT} in the same
 * confirmation, kept or deleted.
 * The relationship's end and the retention run are customer-service's own cases: it ends
 * relationships itself ({@link RelationshipEndErasure}) and runs the retention job
 * ({@link RetentionErasureJob}); the platform reads only the erasure requests.
 */
@ApplicationScoped
public class CustomerErasure implements ErasureRules {

    /** The login account at the identity provider, as erasure confirmations name it. */
    public static final String LOGIN_ACCOUNT = "login-account";

    private static final Set<ErasureTrigger> ACTS_ON = Set.of(ErasureTrigger.RELATIONSHIP_ENDED,
            ErasureTrigger.ERASURE_REQUESTED, ErasureTrigger.RETENTION_EXPIRED);

    @Inject
    CustomerRepository customers;

    @Inject
    ContractRepository contracts;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    WorkItemRepository workItems;

    @Inject
    MeterSwapRepository meterSwaps;

    @Inject
    CustomerCaseRepository cases;

    @Inject
    PopulationCheckRepository populationChecks;

    @Inject
    InteractionRepository interactions;

    @Inject
    RelationshipEnding relationshipEnding;


    @Inject
    LoginAccounts loginAccounts;

    @Override
    public boolean actsOn(ErasureTrigger trigger) {
        return ACTS_ON.contains(trigger);
    }

    @Override
    public void erase(ErasureCase erasure, ErasureReport report) {
        if (erasure instanceof ErasureCase.RelationshipEnded ended) {
            relationshipEnded(ended.customerId(), report);
        } else if (erasure instanceof ErasureCase.ErasureRequested requested) {
            requested(requested.customerId(), report);
        } else if (erasure instanceof ErasureCase.RetentionExpired expired) {
            retentionExpired(expired, report);
        } else {
            throw new IllegalArgumentException("customer-service does not act on " + erasure.trigger());
        }
    }

    /**
     * The relationship just ended: everything is kept for bookkeeping, but the contact details of a
     * customer whose erasure request waited for this end are deleted.
     */
    private void relationshipEnded(UUID customerId, ErasureReport report) {
        Optional<Customer> found = customers.findByIdOptional(customerId);
        if (found.isEmpty()) {
            nothingHeld(report);
            return;
        }
        Customer customer = found.get();
        boolean erasureRequested = customer.hasPendingErasureRequest();
        if (erasureRequested) {
            report.deleted(CONTACT_DETAILS, customer.eraseContactDetails());
            report.deleted(LOGIN_ACCOUNT, loginAccounts.remove(customerId));
        }
        report.deleted(WORK_ITEMS, workItems.deleteOfCustomer(customerId));
        populationChecks.deleteOfCustomer(customerId); // a former customer is not checked against the register
        keep(report, customer, !erasureRequested, RetentionReason.BOOKKEEPING_ACT, customer.keptUntil());
        keepInteractionLog(report, customer);
    }

    /** An erasure request (Art. 17): erases what no legal duty or contract keeps. */
    private void requested(UUID customerId, ErasureReport report) {
        // A last contract that ended since the relationship check last ran makes a former customer now.
        relationshipEnding.endIfDue(customerId, OsloCalendar.today());
        Optional<Customer> found = customers.findByIdOptional(customerId);
        if (found.isEmpty()) {
            nothingHeld(report);
        } else if (found.get().isFormerCustomer()) {
            Customer former = found.get();
            report.deleted(CONTACT_DETAILS, former.eraseContactDetails());
            report.deleted(LOGIN_ACCOUNT, loginAccounts.remove(customerId));
            report.deleted(WORK_ITEMS, workItems.deleteOfCustomer(customerId));
            report.deleted(INTERACTION_LOG, interactions.countInClosedCases(customerId));
            cases.deleteClosedOfCustomer(customerId);
            keep(report, former, false, RetentionReason.BOOKKEEPING_ACT, former.keptUntil());
            keepInteractionLog(report, former);
        } else if (contracts.countOfCustomer(customerId) > 0) {
            found.get().rememberErasureRequest(OffsetDateTime.now());
            keep(report, found.get(), true, RetentionReason.CONTRACT_IN_FORCE, null);
            report.kept(WORK_ITEMS, workItems.countOfCustomer(customerId), RetentionReason.CONTRACT_IN_FORCE, null);
            report.kept(INTERACTION_LOG, interactions.countOfCustomer(customerId), RetentionReason.CONTRACT_IN_FORCE, null);
        } else {
            deleteEverything(report, found.get());
        }
    }

    /**
     * A former customer whose keep-until day lies before the case's day is deleted with contracts and
     * metering points. The retention job hands only such customers over, under their lock.
     */
    private void retentionExpired(ErasureCase.RetentionExpired expired, ErasureReport report) {
        Customer customer = customers.findByIdOptional(expired.customerId())
                .filter(found -> isExpired(found, expired.today()))
                .orElseThrow(() -> new IllegalStateException("the retention of customer " + expired.customerId()
                        + " has not expired by " + expired.today()));
        deleteEverything(report, customer);
    }

    /** Whether the Bookkeeping Act no longer keeps the former customer on {@code today}. */
    static boolean isExpired(Customer customer, LocalDate today) {
        return customer.keptUntil() != null && customer.keptUntil().isBefore(today);
    }

    private void keep(ErasureReport report, Customer customer, boolean withContactDetails, RetentionReason reason,
            LocalDate until) {
        report.kept(IDENTITY, 1, reason, until);
        report.kept(POSTAL_ADDRESS, 1, reason, until);
        if (withContactDetails) {
            report.kept(CONTACT_DETAILS, customer.contactDetailCount(), reason, until);
            report.kept(LOGIN_ACCOUNT, loginAccounts.count(customer.id()), reason, until);
        }
        report.kept(CONTRACTS, contracts.countOfCustomer(customer.id()), reason, until);
        report.kept(METERING_POINTS, meteringPoints.countOfCustomer(customer.id()), reason, until);
        report.kept(METER_HISTORY, meterSwaps.countAtPointsOf(customer.id()), reason, until);
    }

    /**
     * The interaction log outlives the relationship as evidence should a complaint or claim follow:
     * each closed case until its keep-until day, an open one until it closes — but at the latest until
     * the former customer's own keep-until day, when the retention job deletes the record and the log
     * with it (the log cannot outlive the customer it belongs to).
     */
    private void keepInteractionLog(ErasureReport report, Customer former) {
        List<CustomerCase> held = cases.ofCustomer(former.id());
        LocalDate until = null;
        if (!held.isEmpty()) {
            LocalDate lastCase = held.stream().anyMatch(CustomerCase::isOpen) ? null
                    : held.stream().map(CustomerCase::keptUntil).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate record = former.keptUntil();
            until = record == null ? lastCase : lastCase == null || lastCase.isAfter(record) ? record : lastCase;
        }
        report.kept(INTERACTION_LOG, interactions.countOfCustomer(former.id()), RetentionReason.LEGAL_CLAIMS, until);
    }

    private void deleteEverything(ErasureReport report, Customer customer) {
        int contactDetails = customer.contactDetailCount();
        long deletedWorkItems = workItems.deleteOfCustomer(customer.id());
        long deletedSwaps = meterSwaps.countAtPointsOf(customer.id()); // they go with the points
        long deletedInteractions = interactions.countOfCustomer(customer.id());
        cases.deleteOfCustomer(customer.id()); // the interactions go with their cases
        populationChecks.deleteOfCustomer(customer.id());
        long deletedContracts = contracts.deleteOfCustomer(customer.id());
        long deletedPoints = meteringPoints.deleteOfCustomer(customer.id());
        customers.delete(customer);
        customers.flush();
        report.deleted(IDENTITY, 1)
                .deleted(POSTAL_ADDRESS, 1)
                .deleted(CONTACT_DETAILS, contactDetails)
                .deleted(CONTRACTS, deletedContracts)
                .deleted(METERING_POINTS, deletedPoints)
                .deleted(METER_HISTORY, deletedSwaps)
                .deleted(INTERACTION_LOG, deletedInteractions)
                .deleted(WORK_ITEMS, deletedWorkItems)
                .deleted(LOGIN_ACCOUNT, loginAccounts.remove(customer.id()));
    }

    private static void nothingHeld(ErasureReport report) {
        report.deleted(IDENTITY, 0)
                .deleted(POSTAL_ADDRESS, 0)
                .deleted(CONTACT_DETAILS, 0)
                .deleted(CONTRACTS, 0)
                .deleted(METERING_POINTS, 0)
                .deleted(METER_HISTORY, 0)
                .deleted(INTERACTION_LOG, 0)
                .deleted(WORK_ITEMS, 0);
    }
}
