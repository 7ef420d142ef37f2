package no.los.marketing.privacy;

import static no.los.marketing.privacy.MarketingDataMap.ADDRESS;
import static no.los.marketing.privacy.MarketingDataMap.BOUNCE;
import static no.los.marketing.privacy.MarketingDataMap.CONSENT;
import static no.los.marketing.privacy.MarketingDataMap.SUPPRESSION;
import static no.los.platform.rights.AccessPart.record;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.marketing.BounceReport;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.consent.NewsletterConsent;
import no.los.marketing.repository.BounceReportRepository;
import no.los.marketing.repository.NewsletterConsentRepository;
import no.los.marketing.repository.NewsletterConsentRepository.ConsentTerms;
import no.los.marketing.repository.NewsletterSubscriptionRepository;
import no.los.marketing.service.SuppressionList;
import no.los.marketing.suppression.SuppressionEntry;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.rights.PortableWriter;

/**
 * marketing-service's part in the rights of the data subject: its data map ({@link MarketingDataMap}),
 * the person's newsletter data for an access report and an export, and its erasure rules
 * ({@link NewsletterErasure}). A customer has at most one address and one consent copy here, so
 * nothing needs paging.
 */
@ApplicationScoped
class MarketingRights implements DataSubjectRights {

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    SuppressionList suppressionList;

    @Inject
    BounceReportRepository bounceReports;

    @Inject
    NewsletterErasure erasure;

    @Override
    public DataMap dataMap() {
        return MarketingDataMap.MAP;
    }

    /**
     * Everything marketing holds about the person. Of the suppression list the person sees that a
     * line exists, why and since when: the keyed hashes mean nothing to anyone without the key.
     */
    @Override
    @Transactional(TxType.SUPPORTS)
    public AccessPart access(UUID customerId) {
        return AccessPart.of(dataMap(), customerId)
                .category(ADDRESS, address(customerId))
                .category(CONSENT, consent(customerId))
                .category(SUPPRESSION, suppressionList.linesOf(customerId).stream()
                        .map(MarketingRights::suppressionRow).toList())
                .category(BOUNCE, bounceReports.concerning(customerId).stream()
                        .map(MarketingRights::bounceRow).toList())
                .build();
    }

    /** What the person gave (the address) and the consent it rests on. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public void export(UUID customerId, PortableWriter writer) {
        writer.category(ADDRESS);
        address(customerId).forEach(writer::record);
        writer.category(CONSENT);
        consent(customerId).forEach(writer::record);
    }

    /** While restricted, the person is left out of the newsletter list: no newsletter goes to them. */
    @Override
    public List<String> stoppedWhileRestricted() {
        return List.of(MarketingDataMap.ADDRESS);
    }

    /**
     * An objection to direct marketing deletes the address and the consent and suppresses the address
     * ({@link NewsletterErasure}). Marketing holds no survey data yet, so an objection to surveys stops
     * nothing here; it is kept all the same ({@code UpheldObjections}).
     */
    @Override
    public List<String> stoppedByObjection(String scope) {
        return ErasureCase.ObjectionRegistered.DIRECT_MARKETING.equals(scope)
                ? List.of(MarketingDataMap.ADDRESS, MarketingDataMap.CONSENT)
                : List.of();
    }

    @Override
    public ErasureRules erasure() {
        return erasure;
    }

    private List<Map<String, Object>> address(UUID customerId) {
        return subscriptions.findByIdOptional(customerId).map(MarketingRights::addressRow).stream().toList();
    }

    private List<Map<String, Object>> consent(UUID customerId) {
        return consents.termsOf(customerId).map(MarketingRights::consentRow).stream().toList();
    }

    private static Map<String, Object> addressRow(NewsletterSubscription subscription) {
        return record("email", subscription.email(), "subscribedAt", subscription.subscribedAt());
    }

    private static Map<String, Object> consentRow(ConsentTerms terms) {
        return record("purpose", NewsletterConsent.PURPOSE, "noticeVersion", terms.noticeVersion(),
                "givenAt", terms.givenAt());
    }

    private static Map<String, Object> suppressionRow(SuppressionEntry entry) {
        return record("reason", entry.reason().name(), "since", entry.since(),
                "coversAddress", entry.addressHash() != null);
    }

    private static Map<String, Object> bounceRow(BounceReport report) {
        return record("bounceId", report.id().toString(), "kind", report.kind().name(),
                "bouncedAt", report.bouncedAt(), "receivedAt", report.receivedAt());
    }
}
