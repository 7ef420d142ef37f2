package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.config.InteractionLogConfig;
import no.los.customer.interaction.CaseReference;
import no.los.customer.interaction.CustomerCase;
import no.los.customer.interaction.Interaction;
import no.los.customer.interaction.InteractionChannel;
import no.los.customer.interaction.InteractionDirection;
import no.los.customer.privacy.CustomerDataMap;
import no.los.customer.repository.CustomerCaseRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.InteractionRepository;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.RightsProtocol;
import no.los.platform.time.OsloCalendar;

/**
 * The interaction log (R13): contacts with the customer that are part of handling a case, recorded
 * by the agent, read per customer, corrected on request (Art. 16), and kept after the case closes
 * for {@code los.customer.interaction-log.keep-days-after-case-closed} days.
 */
@ApplicationScoped
public class InteractionLog {

    /** How far ahead of the clock an interaction may be dated: clocks differ a little, contacts lie in the past. */
    private static final int MINUTES_AHEAD_ALLOWED = 5;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerCaseRepository cases;

    @Inject
    InteractionRepository interactions;

    @Inject
    InteractionLogConfig config;


    @Inject
    Outbox outbox;

    @Inject
    RightsProtocol rights;

    /** A contact as the agent records it; every field already validated but the time. */
    public record RecordInteraction(UUID customerId, CaseReference caseReference, InteractionChannel channel,
            InteractionDirection direction, OffsetDateTime occurredAt, String agentSubject, String summary,
            List<String> attachments) {
    }

    /** Corrections: {@code null} leaves a field as it is; {@code requestId} the rectification request, if any. */
    public record RectifyInteraction(UUID customerId, UUID interactionId, InteractionChannel channel,
            InteractionDirection direction, OffsetDateTime occurredAt, String summary, List<String> attachments,
            UUID requestId) {

        public RectifyInteraction {
            if (channel == null && direction == null && occurredAt == null && summary == null && attachments == null) {
                throw new InvalidInputException("body", "names no field to rectify");
            }
        }
    }

    /** An interaction with the state of its case. */
    public record Entry(Interaction interaction, CustomerCase customerCase) {
    }

    /** Records the contact; the case is opened by its first interaction, and a closed one opened again. */
    @Transactional
    public Entry record(RecordInteraction command) {
        outbox.lockCustomer(command.customerId());
        requireCustomer(command.customerId());
        requireNotAhead(command.occurredAt());
        OffsetDateTime now = OffsetDateTime.now();
        CustomerCase customerCase = cases.find(command.customerId(), command.caseReference()).orElseGet(() -> {
            CustomerCase opened = new CustomerCase(command.customerId(), command.caseReference(), now);
            cases.persistAndFlush(opened);
            return opened;
        });
        customerCase.reopen();
        Interaction interaction = new Interaction(command.customerId(), command.caseReference(), command.channel(),
                command.direction(), command.occurredAt(), command.agentSubject(), command.summary(),
                command.attachments(), now);
        interactions.persist(interaction);
        return new Entry(interaction, customerCase);
    }

    /** The customer's interactions, newest first, each with its case; the customer must exist. */
    @Transactional(TxType.SUPPORTS)
    public List<Entry> of(UUID customerId) {
        requireCustomer(customerId);
        return entriesOf(customerId);
    }

    /** The person's interactions, newest first, each with its case; none for a person the service does not know. */
    @Transactional(TxType.SUPPORTS)
    public List<Entry> entriesOf(UUID customerId) {
        List<CustomerCase> held = cases.ofCustomer(customerId);
        return interactions.ofCustomer(customerId).stream()
                .map(interaction -> new Entry(interaction, held.stream()
                        .filter(found -> found.reference().equals(interaction.caseReference())).findFirst().orElseThrow()))
                .toList();
    }

    /** Corrects a recorded interaction; a rectification request that asked for it is answered. */
    @Transactional
    public Entry rectify(RectifyInteraction command) {
        outbox.lockCustomer(command.customerId());
        Interaction interaction = interactions.ofCustomer(command.customerId(), command.interactionId())
                .orElseThrow(() -> new NotFoundProblem("Interaction"));
        if (command.occurredAt() != null) {
            requireNotAhead(command.occurredAt());
        }
        interaction.rectify(command.channel(), command.direction(), command.occurredAt(), command.summary(),
                command.attachments(), OffsetDateTime.now());
        if (command.requestId() != null) {
            rights.answerRectification(command.requestId(), command.customerId(), List.of(CustomerDataMap.INTERACTION_LOG));
        }
        return new Entry(interaction, cases.find(command.customerId(), interaction.caseReference()).orElseThrow());
    }

    /** Closes the case today: from then its interactions are kept for the configured days, then deleted. */
    @Transactional
    public CustomerCase closeCase(UUID customerId, CaseReference reference) {
        outbox.lockCustomer(customerId);
        CustomerCase customerCase = cases.find(customerId, reference).orElseThrow(() -> new NotFoundProblem("Case"));
        customerCase.close(OsloCalendar.today(), config.keepDaysAfterCaseClosed());
        return customerCase;
    }

    private void requireCustomer(UUID customerId) {
        if (customers.findByIdOptional(customerId).isEmpty()) {
            throw new NotFoundProblem("Customer");
        }
    }

    private static void requireNotAhead(OffsetDateTime occurredAt) {
        if (occurredAt.isAfter(OffsetDateTime.now().plusMinutes(MINUTES_AHEAD_ALLOWED))) {
            throw new InvalidInputException("occurredAt", "must not lie ahead: a contact is recorded once it happened");
        }
    }
}
