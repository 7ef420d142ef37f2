package no.los.consent.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.consent.EndedRelationship;
import no.los.consent.Objection;
import no.los.consent.repository.ConsentLedgerRepository;
import no.los.consent.repository.EndedRelationshipRepository;
import no.los.consent.repository.ObjectionRepository;
import no.los.platform.erasure.ErasureConfirmations;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.outbox.Outbox;

/**
 * consent-service's part of the erasure protocol. The consent ledger is the evidence that earlier
 * processing rested on a consent (Art. 7(1)); it is kept for the evidence period after it last
 * mattered and then deleted. Objections are kept without end: they are what keeps marketing away
 * after an erasure (Art. 21(3), G8). Every trigger is answered with exactly one confirmation.
 *
 * <ul>
 * <li>Relationship ended: the consents still given are withdrawn (the processing they allow has
 * ended); nothing is deleted; the ledger is kept until the end date plus the evidence period, and the
 * end date is remembered so the ledger can go when that period is over. A new contract forgets it.</li>
 * <li>Erasure request: the consents still given are withdrawn and the grounds of decided objections
 * go (they were needed only for the decision); the ledger is kept until the end date plus the
 * evidence period, or with no end yet while the relationship lasts.</li>
 * <li>Evidence expired (a daily job): the ledger lines of a former customer that belong to the ended
 * relationship go once the evidence period after that end is over.</li>
 * </ul>
 */
@ApplicationScoped
public class ConsentErasure {

    static final String CONSENT_LEDGER = "consent-ledger";
    static final String OBJECTIONS = "objections";
    static final String OBJECTION_GROUNDS = "objection-grounds";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    ConsentLedgerRepository ledger;

    @Inject
    ObjectionRepository objections;

    @Inject
    ConsentLedger consents;

    @Inject
    EndedRelationshipRepository endedRelationships;

    @Inject
    EvidencePeriod evidencePeriod;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    Outbox outbox;

    /**
     * The customer's last contract ended on {@code endedOn}: the consents still given end with it.
     * Runs in the consumer's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        outbox.lockCustomer(customerId);
        OffsetDateTime now = OffsetDateTime.now();
        EndedRelationship ended = endedRelationships.findByIdOptional(customerId).orElse(null);
        if (ended == null) {
            ended = new EndedRelationship(customerId, endedOn, now);
            endedRelationships.persist(ended);
        } else {
            ended.endedAgain(endedOn, now);
        }
        consents.endGiven(customerId, purpose -> true,
                "Ended with the customer relationship (event " + report.triggerEventId() + ")", now);
        report.kept(CONSENT_LEDGER, ledger.countOf(customerId), RetentionReason.CONSENT_EVIDENCE,
                        evidencePeriod.keptUntil(ended.endedOn()));
        keepObjections(customerId, report);
        confirmations.confirm(EventTopic.CONSENT, customerId, report);
    }

    /**
     * The former customer has a contract again: the ledger is evidence of a live relationship once more
     * and must not expire. Runs in the consumer's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void customerReturned(UUID customerId) {
        outbox.lockCustomer(customerId);
        endedRelationships.findByIdOptional(customerId).ifPresent(endedRelationships::delete);
    }

    /**
     * The customer asked for erasure (Art. 17): the consents still given end, the grounds of decided
     * objections go. The ledger is kept until the evidence period after the end of the relationship is
     * over, or, while the relationship lasts, with no end yet. Runs in the consumer's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void erasureRequested(UUID customerId, ErasureReport report) {
        outbox.lockCustomer(customerId);
        OffsetDateTime now = OffsetDateTime.now();
        consents.endGiven(customerId, purpose -> true, "Ended by an erasure request " + report.requestId(), now);
        long groundsForgotten = objections.of(customerId).stream()
                .filter(Objection::forgetGroundsIfDecided)
                .count();
        objections.flush();
        EndedRelationship ended = endedRelationships.findByIdOptional(customerId).orElse(null);
        if (ended != null) {
            ended.includeLinesUntil(now); // a former customer's whole ledger goes on the date reported
        }
        LocalDate until = ended == null ? null : evidencePeriod.keptUntil(ended.endedOn());
        report.deleted(OBJECTION_GROUNDS, groundsForgotten)
                .kept(CONSENT_LEDGER, ledger.countOf(customerId), RetentionReason.CONSENT_EVIDENCE, until);
        keepObjections(customerId, report);
        confirmations.confirm(EventTopic.CONSENT, customerId, report);
    }

    @Scheduled(cron = "{los.consent.evidence-expiry.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireEvidenceDaily() {
        expireEvidence(LocalDate.now(OSLO));
    }

    /**
     * Deletes the ledger lines of every former customer whose evidence period was over on
     * {@code today}, each customer in a transaction of its own with its own confirmation. Lines
     * recorded after the relationship ended and after the withdrawals that came with its end (a former
     * customer who gave a consent again without a new contract) stay, and their own evidence period
     * starts from the last of them. A customer who came back has no ended relationship any more.
     *
     * @return how many customers' evidence expired
     */
    public int expireEvidence(LocalDate today) {
        String run = "consent-evidence-expiry-" + UUID.randomUUID();
        LocalDate endedOnOrBefore = evidencePeriod.expiredIfEndedOnOrBefore(today);
        var expired = QuarkusTransaction.requiringNew().call(() -> endedRelationships.endedOnOrBefore(endedOnOrBefore)
                .stream().map(EndedRelationship::customerId).toList());
        expired.forEach(customerId -> QuarkusTransaction.requiringNew().run(() -> expire(customerId, run)));
        return expired.size();
    }

    private void expire(UUID customerId, String run) {
        outbox.lockCustomer(customerId);
        EndedRelationship ended = endedRelationships.findByIdOptional(customerId).orElse(null);
        if (ended == null) {
            return; // another instance's run got here first, or the customer came back
        }
        long deleted = ledger.deleteRecordedUpTo(customerId, ended.coversLinesUntil(OSLO));
        ErasureReport report = ErasureReport.on(ErasureTrigger.RETENTION_EXPIRED, run)
                .deleted(CONSENT_LEDGER, deleted);
        OffsetDateTime lastLine = ledger.lastRecordedAt(customerId).orElse(null);
        if (lastLine == null) {
            endedRelationships.delete(ended);
        } else {
            LocalDate lastDay = lastLine.atZoneSameInstant(OSLO).toLocalDate();
            ended.restartEvidencePeriod(lastDay, OffsetDateTime.now());
            report.kept(CONSENT_LEDGER, ledger.countOf(customerId), RetentionReason.CONSENT_EVIDENCE,
                    evidencePeriod.keptUntil(lastDay));
        }
        keepObjections(customerId, report);
        confirmations.confirm(EventTopic.CONSENT, customerId, report);
    }

    private void keepObjections(UUID customerId, ErasureReport report) {
        long standing = objections.countOf(customerId);
        if (standing > 0) {
            report.kept(OBJECTIONS, standing, RetentionReason.MARKETING_SUPPRESSION, null);
        }
    }
}
