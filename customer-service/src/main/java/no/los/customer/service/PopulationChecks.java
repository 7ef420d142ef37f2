package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.population.AddressProtection;
import no.los.customer.population.PopulationCheck;
import no.los.customer.population.PopulationRegisterConfig;
import no.los.customer.population.RegisterComparison;
import no.los.customer.population.RegisterStatus;
import no.los.customer.population.RegisteredPerson;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.PopulationCheckRepository;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.outbox.Outbox;

/**
 * The checks of customers against the population register (R6): queued in the transaction that
 * makes them needed, carried out by {@link PopulationCheckJob} outside any transaction, and their
 * findings applied here: every difference, death, emigration or missing person becomes a work item
 * for an agent; the record itself is never changed from the register.
 */
@ApplicationScoped
public class PopulationChecks {

    @Inject
    PopulationCheckRepository checks;

    @Inject
    CustomerRepository customers;

    @Inject
    NationalIdProtection protection;

    @Inject
    Worklist worklist;

    @Inject
    PopulationRegisterConfig config;

    @Inject
    Outbox outbox;

    /**
     * Queues a check of the customer; one queued already is due again now, so that a check made with
     * what the record held before this change does not count as the check of the new record.
     */
    @Transactional(TxType.MANDATORY)
    public void queue(UUID customerId) {
        OffsetDateTime now = OffsetDateTime.now();
        checks.findByIdOptional(customerId).ifPresentOrElse(check -> check.requeue(now),
                () -> checks.persist(new PopulationCheck(customerId, now)));
    }

    /** Queues re-checks for active customers whose last check is older than the configured days; answers how many. */
    @Transactional
    public int queueRechecks(OffsetDateTime now) {
        return checks.queueStale(now.minusDays(config.recheckAfterDays()), now, config.batch());
    }

    /** The customers whose check is due by {@code now}. */
    @Transactional
    public List<UUID> due(OffsetDateTime now) {
        return checks.dueBy(now, config.batch());
    }

    /** The number to ask the register about, or empty when the customer has gone meanwhile. */
    @Transactional
    public Optional<NationalIdNumber> numberOf(UUID customerId) {
        return customers.findByIdOptional(customerId).map(customer -> protection.open(customer.id(), customer.nationalId()));
    }

    /**
     * The register answered what it was asked at {@code askedAt}: the findings go to the work list and
     * the check is done — unless the record changed since it was asked (the check was queued again
     * after {@code askedAt}), when the answer is dropped and the new check waits its turn.
     *
     * @return whether the answer was applied
     */
    @Transactional
    public boolean answered(UUID customerId, Optional<RegisteredPerson> found, OffsetDateTime askedAt,
            OffsetDateTime now) {
        outbox.lockCustomer(customerId);
        Optional<PopulationCheck> queued = checks.findByIdOptional(customerId);
        if (queued.isPresent() && queued.get().queuedAt().isAfter(askedAt)) {
            return false;
        }
        Optional<Customer> held = customers.findByIdOptional(customerId);
        checks.deleteOfCustomer(customerId);
        if (held.isEmpty()) {
            return true;
        }
        Customer customer = held.get();
        if (found.isEmpty()) {
            customer.registerChecked(RegisterStatus.NOT_FOUND, customer.addressProtection(), now);
            worklist.open(customerId, WorkItemKind.NOT_IN_REGISTER, "NOT_FOUND");
            return true;
        }
        RegisteredPerson person = found.get();
        customer.registerChecked(person.status(), person.protection() == null ? AddressProtection.NONE
                : person.protection(), now);
        Set<RegisterComparison.Field> differences = RegisterComparison.differences(customer, person);
        if (differences.isEmpty()) {
            worklist.resolve(customerId, WorkItemKind.REGISTER_MISMATCH);
        } else {
            worklist.open(customerId, WorkItemKind.REGISTER_MISMATCH,
                    differences.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        switch (person.status()) {
            case DECEASED -> worklist.open(customerId, WorkItemKind.DECEASED);
            case EMIGRATED -> worklist.open(customerId, WorkItemKind.EMIGRATED);
            case OTHER -> worklist.open(customerId, WorkItemKind.NOT_IN_REGISTER, "OTHER_STATUS");
            default -> worklist.resolve(customerId, WorkItemKind.NOT_IN_REGISTER);
        }
        return true;
    }

    /** The register was away: the check waits and is tried again, never dropped. */
    @Transactional
    public void failed(UUID customerId, OffsetDateTime now) {
        checks.findByIdOptional(customerId).ifPresent(check -> check.failed(now, config.maxRetryDelay()));
    }

    /** The check still to be made for the customer, if one is queued. */
    @Transactional(TxType.SUPPORTS)
    public Optional<PopulationCheck> pending(UUID customerId) {
        return checks.findByIdOptional(customerId);
    }

    /** How many checks wait, for the gauge. */
    @Transactional
    public long waiting() {
        return checks.count();
    }
}
