package no.los.consent.privacy;

import static no.los.consent.privacy.ConsentDataMap.CONSENT_LEDGER;
import static no.los.consent.privacy.ConsentDataMap.OBJECTIONS;
import static no.los.consent.privacy.ConsentDataMap.OBJECTION_GROUNDS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consent.EndedRelationship;
import no.los.consent.Objection;
import no.los.consent.repository.ConsentLedgerRepository;
import no.los.consent.repository.EndedRelationshipRepository;
import no.los.consent.repository.ObjectionRepository;
import no.los.consent.service.ConsentLedger;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.outbox.Outbox;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.time.OsloCalendar;

/**
 * consent-service's erasure rules. The consent ledger is the evidence that earlier processing rested
 * on a consent (Art. 7(1)); it is kept for the evidence period after it last mattered and then
 * deleted. Objections are kept without end: they are what keeps marketing away after an erasure
 * (Art. 21(3), G8). The platform's rights protocol calls these rules with the customer's lock held and
 * confirms each case exactly once, in the same transaction.
 *
 * <ul>
 * <li>Relationship ended: the consents still given are withdrawn (the processing they allow has
 * ended); nothing is deleted; the ledger is kept until the end date plus the evidence period, and the
 * end date is remembered so the ledger can go when that period is over. A new contract forgets it.</li>
 * <li>Erasure request: the consents still given are withdrawn and the grounds of decided objections
 * go (they were needed only for the decision); the ledger is kept until the end date plus the
 * evidence period, or with no end yet while the relationship lasts.</li>
 * <li>Evidence expired ({@link ExpiredEvidenceErasure}, a daily job): the ledger lines of a former
 * customer that belong to the ended relationship go once the evidence period after that end is over.</li>
 * </ul>
 * The withdrawals are announced with {@code consent.withdrawn} through the outbox like any other, in
 * the protocol's transaction, so the confirmation commits with them or not at all.
 */
@ApplicationScoped
public class ConsentErasure implements DataSubjectRights.ErasureRules {

    static final ZoneId OSLO = OsloCalendar.ZONE;
    private static final Set<ErasureTrigger> ACTS_ON = EnumSet.of(ErasureTrigger.RELATIONSHIP_ENDED,
            ErasureTrigger.ERASURE_REQUESTED, ErasureTrigger.RETENTION_EXPIRED);

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
    Outbox outbox;

    /**
     * The end of the relationship, an erasure request, and the expiry of the evidence. A withdrawal or
     * an objection is this service's own decision, carried out when it is recorded.
     */
    @Override
    public boolean actsOn(ErasureTrigger trigger) {
        return ACTS_ON.contains(trigger);
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void erase(ErasureCase erasure, ErasureReport report) {
        if (erasure instanceof ErasureCase.RelationshipEnded ended) {
            relationshipEnded(ended.customerId(), ended.endedOn(), report);
        } else if (erasure instanceof ErasureCase.ErasureRequested request) {
            erasureRequested(request.customerId(), request.requestId(), report);
        } else if (erasure instanceof ErasureCase.RetentionExpired expiry) {
            evidenceExpired(expiry.customerId(), expiry.today(), report);
        } else {
            throw new IllegalArgumentException("consent-service does not act on " + erasure.trigger());
        }
    }

    /**
     * The former customer has a contract again: the ledger is evidence of a live relationship once more
     * and must not expire. Not an erasure, so not confirmed. Runs in the consumer's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void customerReturned(UUID customerId) {
        outbox.lockCustomer(customerId);
        endedRelationships.findByIdOptional(customerId).ifPresent(endedRelationships::delete);
    }

    /** The former customers whose evidence period was over on {@code today}. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> evidenceExpiredOn(LocalDate today) {
        return endedRelationships.endedOnOrBefore(evidencePeriod.expiredIfEndedOnOrBefore(today)).stream()
                .map(EndedRelationship::customerId).toList();
    }

    /** Whether the customer's evidence period was over on {@code today}: false once a customer came back. */
    @Transactional(TxType.MANDATORY)
    public boolean evidenceExpired(UUID customerId, LocalDate today) {
        return expiredRelationship(customerId, today).isPresent();
    }

    /** The customer's last contract ended on {@code endedOn}: the consents still given end with it. */
    private void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
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
    }

    /**
     * The customer asked for erasure (Art. 17): the consents still given end, the grounds of decided
     * objections go. The ledger is kept until the evidence period after the end of the relationship is
     * over, or, while the relationship lasts, with no end yet.
     */
    private void erasureRequested(UUID customerId, UUID requestId, ErasureReport report) {
        OffsetDateTime now = OffsetDateTime.now();
        consents.endGiven(customerId, purpose -> true, "Ended by an erasure request " + requestId, now);
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
    }

    /**
     * The evidence period after the end is over: the ledger lines that belong to the ended relationship
     * go. Lines recorded after the relationship ended and after the withdrawals that came with its end (a
     * former customer who gave a consent again without a new contract) stay, and their own evidence
     * period starts from the last of them.
     */
    private void evidenceExpired(UUID customerId, LocalDate today, ErasureReport report) {
        EndedRelationship ended = expiredRelationship(customerId, today).orElseThrow(() -> new IllegalStateException(
                "no consent evidence expired on " + today + ": a live or recent ledger is not deleted"));
        long deleted = ledger.deleteRecordedUpTo(customerId, ended.coversLinesUntil(OSLO));
        report.deleted(CONSENT_LEDGER, deleted);
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
    }

    private Optional<EndedRelationship> expiredRelationship(UUID customerId, LocalDate today) {
        LocalDate endedOnOrBefore = evidencePeriod.expiredIfEndedOnOrBefore(today);
        return endedRelationships.findByIdOptional(customerId)
                .filter(ended -> !ended.endedOn().isAfter(endedOnOrBefore));
    }

    private void keepObjections(UUID customerId, ErasureReport report) {
        long standing = objections.countOf(customerId);
        if (standing > 0) {
            report.kept(OBJECTIONS, standing, RetentionReason.MARKETING_SUPPRESSION, null);
        }
    }
}
