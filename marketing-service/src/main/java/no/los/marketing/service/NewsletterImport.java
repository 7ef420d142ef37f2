package no.los.marketing.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.repository.NewsletterConsentRepository;
import no.los.marketing.repository.NewsletterSubscriptionRepository;

/**
 * Marketing imports addresses in bulk (from an earlier list, a campaign form). An import never
 * overrides the customer: a suppressed customer or address is never added back, and an address
 * without a newsletter consent on record is not added at all. All or nothing, in one transaction.
 */
@ApplicationScoped
public class NewsletterImport {

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    SuppressionList suppressionList;

    /** One line of an import. */
    public record Entry(UUID customerId, NewsletterAddress address) {
    }

    /** What an import did, in counts only: never the addresses. */
    /** What one import did with its entries (at most 1000, ImportRequest): each count is at most that many. */
    public record ImportOutcome(@Schema(minimum = "0", maximum = "1000") int added,
            @Schema(minimum = "0", maximum = "1000") int updated,
            @Schema(minimum = "0", maximum = "1000") int skippedSuppressed,
            @Schema(minimum = "0", maximum = "1000") int skippedNoConsent) {
    }

    @Transactional
    public ImportOutcome importEntries(List<Entry> entries) {
        int added = 0;
        int updated = 0;
        int suppressed = 0;
        int withoutConsent = 0;
        for (Entry entry : entries) {
            if (suppressionList.blocks(entry.customerId(), entry.address())) {
                suppressed++;
            } else if (consents.findByIdOptional(entry.customerId()).isEmpty()) {
                withoutConsent++;
            } else {
                Optional<NewsletterSubscription> existing = subscriptions.findByIdOptional(entry.customerId());
                if (existing.isPresent()) {
                    existing.get().changeAddress(entry.address());
                    updated++;
                } else {
                    subscriptions.persist(new NewsletterSubscription(entry.customerId(), entry.address(),
                            OffsetDateTime.now()));
                    added++;
                }
            }
        }
        subscriptions.flush();
        return new ImportOutcome(added, updated, suppressed, withoutConsent);
    }
}
