package no.los.marketing.privacy;

import static no.los.marketing.privacy.MarketingDataMap.ADDRESS;
import static no.los.marketing.privacy.MarketingDataMap.CONSENT;
import static no.los.marketing.privacy.MarketingDataMap.SUPPRESSION;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.consent.NewsletterConsent;
import no.los.marketing.repository.NewsletterConsentRepository;
import no.los.marketing.repository.NewsletterSubscriptionRepository;
import no.los.marketing.service.SuppressionList;
import no.los.marketing.suppression.SuppressionReason;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.rights.DataSubjectRights.ErasureRules;

/**
 * How marketing takes part in the erasure protocol: what each case deletes and what it keeps. The
 * platform reads the triggers, takes the customer's lock and publishes the one confirmation; these
 * rules only fill its report.
 *
 * <ul>
 * <li>newsletter consent withdrawn, direct-marketing objection: address and consent copy go, the
 * customer and the address go on the suppression list;</li>
 * <li>an objection of any other scope (surveys, …): nothing here is processed for it, so nothing
 * changes and the report stays empty; the platform confirms every objection it hands over, so that
 * confirmation lists no category at all;</li>
 * <li>relationship ended, erasure request: address and consent copy go, nothing is added;</li>
 * <li>bounce ({@link NewsletterBounceErasure}): the address goes, the consent stands.</li>
 * </ul>
 * Suppression lines are kept (hashes only, {@link RetentionReason#MARKETING_SUPPRESSION}, no fixed end)
 * and named in the report whenever any exist for the customer: only the customer's own lines are
 * counted, not another customer's line for an address they shared.
 */
@ApplicationScoped
class NewsletterErasure implements ErasureRules {

    private static final Set<ErasureTrigger> ACTS_ON = EnumSet.of(ErasureTrigger.CONSENT_WITHDRAWN,
            ErasureTrigger.OBJECTION_REGISTERED, ErasureTrigger.RELATIONSHIP_ENDED, ErasureTrigger.ERASURE_REQUESTED,
            ErasureTrigger.ADDRESS_BOUNCED);

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    SuppressionList suppressionList;

    @Override
    public boolean actsOn(ErasureTrigger trigger) {
        return ACTS_ON.contains(trigger);
    }

    /** Only the newsletter by e-mail rests on a consent here. */
    @Override
    public boolean processesUnderConsent(String purpose) {
        return NewsletterConsent.PURPOSE.equals(purpose);
    }

    /** Only a direct-marketing objection concerns the e-mail store; marketing holds no survey data yet. */
    @Override
    public boolean concernedByObjection(String scope) {
        return ErasureCase.ObjectionRegistered.DIRECT_MARKETING.equals(scope);
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void erase(ErasureCase erasure, ErasureReport report) {
        UUID customerId = erasure.customerId();
        if (erasure instanceof ErasureCase.ConsentWithdrawn withdrawal) {
            consentWithdrawn(withdrawal, report);
        } else if (erasure instanceof ErasureCase.ObjectionRegistered objection) {
            objected(objection, report);
        } else if (erasure instanceof ErasureCase.RelationshipEnded || erasure instanceof ErasureCase.ErasureRequested) {
            eraseAllButSuppression(customerId, report);
        } else if (erasure instanceof ErasureCase.AddressBounced) {
            report.deleted(ADDRESS, subscriptions.deleteById(customerId) ? 1 : 0);
        } else {
            throw new IllegalArgumentException("marketing-service does not act on " + erasure.trigger());
        }
    }

    /** The newsletter consent was withdrawn (R16): the address leaves at once and may not come back unasked. */
    private void consentWithdrawn(ErasureCase.ConsentWithdrawn withdrawal, ErasureReport report) {
        if (processesUnderConsent(withdrawal.purpose())) {
            stopMarketing(withdrawal.customerId(), SuppressionReason.CONSENT_WITHDRAWN, withdrawal.withdrawnAt(),
                    report);
        }
    }

    /**
     * A direct-marketing objection (R21, Art. 21(3)) is absolute, for good. Marketing holds nothing
     * processed under any other scope (it has no survey data yet): that objection leaves the data alone.
     */
    private void objected(ErasureCase.ObjectionRegistered objection, ErasureReport report) {
        if (objection.againstDirectMarketing()) {
            stopMarketing(objection.customerId(), SuppressionReason.DIRECT_MARKETING_OBJECTION,
                    objection.effectiveAt(), report);
        }
    }

    private void stopMarketing(UUID customerId, SuppressionReason reason, OffsetDateTime since, ErasureReport report) {
        Optional<NewsletterAddress> address = subscriptions.findByIdOptional(customerId)
                .map(NewsletterSubscription::address);
        suppressionList.suppress(customerId, address, reason, since);
        deleteAddressAndConsent(customerId, report);
        report.kept(SUPPRESSION, suppressionList.entriesOf(customerId), RetentionReason.MARKETING_SUPPRESSION, null);
    }

    /** The end of the relationship (R10) and an erasure request (Art. 17): the suppression lines protect the customer. */
    private void eraseAllButSuppression(UUID customerId, ErasureReport report) {
        deleteAddressAndConsent(customerId, report);
        long suppressed = suppressionList.entriesOf(customerId);
        if (suppressed > 0) {
            report.kept(SUPPRESSION, suppressed, RetentionReason.MARKETING_SUPPRESSION, null);
        }
    }

    /** The address first: it references the consent copy. */
    private void deleteAddressAndConsent(UUID customerId, ErasureReport report) {
        report.deleted(ADDRESS, subscriptions.deleteById(customerId) ? 1 : 0);
        report.deleted(CONSENT, consents.deleteById(customerId) ? 1 : 0);
    }
}
