package no.los.marketing.service;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.repository.NewsletterConsentRepository;
import no.los.marketing.repository.NewsletterSubscriptionRepository;
import no.los.marketing.suppression.SuppressionReason;
import no.los.platform.erasure.ErasureConfirmations;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;

/**
 * How marketing takes part in the erasure protocol: what each trigger deletes, what it keeps, and
 * the one confirmation that answers it, committed with the deletion.
 *
 * <ul>
 * <li>consent withdrawn, direct-marketing objection: address and consent record go, the customer and
 * the address go on the suppression list;</li>
 * <li>relationship ended, erasure request: address and consent record go, nothing is added;</li>
 * <li>bounce: the address goes, the consent stands.</li>
 * </ul>
 * Suppression lines are kept (hashes only, {@link RetentionReason#MARKETING_SUPPRESSION}, no fixed end)
 * and named in the confirmation whenever any exist for the customer: only the customer's own lines
 * are counted, not another customer's line for an address they shared.
 */
@ApplicationScoped
public class NewsletterErasure {

    static final String ADDRESS = "newsletter-address";
    static final String CONSENT = "newsletter-consent";
    static final String SUPPRESSION = "suppression-entry";

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    SuppressionList suppressionList;

    @Inject
    ErasureConfirmations confirmations;

    /** The newsletter consent was withdrawn (R16): the address leaves at once and may not come back unasked. */
    @Transactional(TxType.MANDATORY)
    public void consentWithdrawn(UUID customerId, OffsetDateTime withdrawnAt, ErasureReport report) {
        stopMarketing(customerId, SuppressionReason.CONSENT_WITHDRAWN, withdrawnAt, report);
    }

    /** A direct-marketing objection took effect (R21, Art. 21(3)): absolute, for good. */
    @Transactional(TxType.MANDATORY)
    public void directMarketingObjected(UUID customerId, String triggerEventId, OffsetDateTime effectiveAt) {
        stopMarketing(customerId, SuppressionReason.DIRECT_MARKETING_OBJECTION, effectiveAt,
                ErasureReport.on(ErasureTrigger.OBJECTION_REGISTERED, triggerEventId));
    }

    /** The customer's last contract ended: marketing deletes the address at once (R10). */
    @Transactional(TxType.MANDATORY)
    public void relationshipEnded(UUID customerId, ErasureReport report) {
        erase(customerId, report);
    }

    /** An erasure request (Art. 17): everything goes but the suppression lines, which protect the customer. */
    @Transactional(TxType.MANDATORY)
    public void erasureRequested(UUID customerId, ErasureReport report) {
        erase(customerId, report);
    }

    /** The address bounced: it goes; the consent stands, so the customer may give a working one. */
    @Transactional(TxType.MANDATORY)
    public void addressBounced(NewsletterSubscription subscription, UUID bounceId) {
        subscriptions.delete(subscription);
        confirmations.confirm(EventTopic.MARKETING, subscription.customerId(),
                ErasureReport.on(ErasureTrigger.ADDRESS_BOUNCED, bounceId.toString()).deleted(ADDRESS, 1));
    }

    private void stopMarketing(UUID customerId, SuppressionReason reason, OffsetDateTime since, ErasureReport report) {
        Optional<NewsletterAddress> address = currentAddress(customerId);
        suppressionList.suppress(customerId, address, reason, since == null ? OffsetDateTime.now() : since);
        deleteAddressAndConsent(customerId, report);
        report.kept(SUPPRESSION, suppressionList.entriesOf(customerId), RetentionReason.MARKETING_SUPPRESSION, null);
        confirmations.confirm(EventTopic.MARKETING, customerId, report);
    }

    private void erase(UUID customerId, ErasureReport report) {
        deleteAddressAndConsent(customerId, report);
        long suppressed = suppressionList.entriesOf(customerId);
        if (suppressed > 0) {
            report.kept(SUPPRESSION, suppressed, RetentionReason.MARKETING_SUPPRESSION, null);
        }
        confirmations.confirm(EventTopic.MARKETING, customerId, report);
    }

    private Optional<NewsletterAddress> currentAddress(UUID customerId) {
        return subscriptions.findByIdOptional(customerId).map(NewsletterSubscription::address);
    }

    /** The address first: it references the consent record. */
    private void deleteAddressAndConsent(UUID customerId, ErasureReport report) {
        report.deleted(ADDRESS, subscriptions.deleteById(customerId) ? 1 : 0);
        report.deleted(CONSENT, consents.deleteById(customerId) ? 1 : 0);
    }
}
