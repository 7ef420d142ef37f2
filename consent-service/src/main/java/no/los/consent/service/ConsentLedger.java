package no.los.consent.service;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.ConsentEntry;
import no.los.consent.Objection;
import no.los.consent.Purpose;
import no.los.consent.repository.ConsentLedgerRepository;
import no.los.consent.repository.ObjectionRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;

/**
 * Giving and withdrawing consent (R10, R16, G1). Both are one step, in any channel, and both are
 * announced to the suite at once so every service starts or stops processing for the purpose.
 * Repeating the current state changes nothing and announces nothing. While the customer's
 * objection to direct marketing stands, no consent to a direct-marketing purpose can be given (G8).
 */
@ApplicationScoped
public class ConsentLedger {

    @Inject
    ConsentLedgerRepository ledger;

    @Inject
    ObjectionRepository objections;

    @Inject
    Outbox outbox;

    public record GiveConsent(UUID customerId, Purpose purpose, Channel channel, String noticeVersion, String evidence) {
        public GiveConsent {
            Channel.requireDirect(channel);
        }
    }

    public record WithdrawConsent(UUID customerId, Purpose purpose, Channel channel, String evidence) {
        public WithdrawConsent {
            Channel.requireDirect(channel);
        }
    }

    /** The state of one purpose for one customer: its latest ledger line, or never given. */
    public record ConsentState(Purpose purpose, boolean given, OffsetDateTime since, Channel channel,
            @Schema(maxLength = ConsentEntry.MAX_NOTICE_VERSION) String noticeVersion) {

        static ConsentState of(Purpose purpose, ConsentEntry latest) {
            if (latest == null) {
                return new ConsentState(purpose, false, null, null, null);
            }
            return new ConsentState(purpose, latest.isGiven(), latest.recordedAt(), latest.channel(),
                    latest.noticeVersion());
        }
    }

    public record ConsentGiven(UUID customerId, Purpose purpose, Channel channel, String noticeVersion,
            OffsetDateTime givenAt) {
    }

    public record ConsentWithdrawn(UUID customerId, Purpose purpose, Channel channel, OffsetDateTime withdrawnAt) {
    }

    @Transactional
    public ConsentState give(GiveConsent command) {
        outbox.lockCustomer(command.customerId()); // decide on the latest line, not on a stale one
        if (command.purpose().isDirectMarketing()) {
            objections.standingAgainstDirectMarketing(command.customerId()).ifPresent(objection -> {
                throw refusedByObjection(command.purpose(), objection);
            });
        }
        ConsentEntry latest = ledger.latest(command.customerId(), command.purpose()).orElse(null);
        if (latest != null && latest.isGiven() && latest.noticeVersion().equals(command.noticeVersion())) {
            return ConsentState.of(command.purpose(), latest);
        }
        ConsentEntry entry = ConsentEntry.given(command.customerId(), command.purpose(), command.channel(),
                command.noticeVersion(), command.evidence(), OffsetDateTime.now());
        ledger.persistAndFlush(entry);
        outbox.add(new OutgoingEvent(EventTopic.CONSENT, EventTypes.CONSENT_GIVEN, command.customerId(),
                new ConsentGiven(command.customerId(), command.purpose(), command.channel(), command.noticeVersion(),
                        entry.recordedAt())));
        return ConsentState.of(command.purpose(), entry);
    }

    private static ConflictProblem refusedByObjection(Purpose purpose, Objection objection) {
        return new ConflictProblem("The customer objected to direct marketing (objection " + objection.id()
                + ", in force since " + objection.effectiveAt() + "); no consent to " + purpose
                + " can be given while that objection stands (Art. 21(3))");
    }

    @Transactional
    public ConsentState withdraw(WithdrawConsent command) {
        outbox.lockCustomer(command.customerId());
        ConsentEntry latest = ledger.latest(command.customerId(), command.purpose()).orElse(null);
        if (latest == null || !latest.isGiven()) {
            return ConsentState.of(command.purpose(), latest);
        }
        ConsentEntry entry = ConsentEntry.withdrawn(command.customerId(), command.purpose(), command.channel(),
                command.evidence(), OffsetDateTime.now());
        ledger.persistAndFlush(entry);
        outbox.add(new OutgoingEvent(EventTopic.CONSENT, EventTypes.CONSENT_WITHDRAWN, command.customerId(),
                new ConsentWithdrawn(command.customerId(), command.purpose(), command.channel(), entry.recordedAt())));
        return ConsentState.of(command.purpose(), entry);
    }

    /**
     * Ends every consent of the customer that is given and matches {@code which}, because the
     * processing it allows has ended (the relationship ended, an erasure request, an objection): a
     * withdrawal line with {@code cause} as its evidence, announced like any withdrawal so every service
     * stops, and so the customer can give it again later. The withdrawal keeps the channel of the
     * consent it ends; the cause is in the evidence. Runs in the caller's transaction, under its lock.
     *
     * @return how many consents were ended
     */
    @Transactional(TxType.MANDATORY)
    public int endGiven(UUID customerId, Predicate<Purpose> which, String cause, OffsetDateTime now) {
        outbox.lockCustomer(customerId);
        int ended = 0;
        for (Purpose purpose : Purpose.values()) {
            ConsentEntry latest = ledger.latest(customerId, purpose).orElse(null);
            if (latest == null || !latest.isGiven() || !which.test(purpose)) {
                continue;
            }
            ConsentEntry entry = ConsentEntry.withdrawn(customerId, purpose, latest.channel(), cause, now);
            ledger.persistAndFlush(entry);
            outbox.add(new OutgoingEvent(EventTopic.CONSENT, EventTypes.CONSENT_WITHDRAWN, customerId,
                    new ConsentWithdrawn(customerId, purpose, latest.channel(), entry.recordedAt())));
            ended++;
        }
        return ended;
    }

    @Transactional(TxType.SUPPORTS)
    public List<ConsentState> currentStates(UUID customerId) {
        return Arrays.stream(Purpose.values())
                .map(purpose -> ConsentState.of(purpose, ledger.latest(customerId, purpose).orElse(null)))
                .toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<ConsentEntry> history(UUID customerId) {
        return ledger.historyOf(customerId);
    }
}
