package no.los.marketing.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
import no.los.platform.http.Page;
import no.los.platform.problem.ConflictProblem;

/**
 * The separate newsletter e-mail store (R10). An address can only enter while a newsletter consent
 * is on record and neither the customer nor the address is suppressed; it leaves with the consent
 * (see the erasure rules in {@code privacy/NewsletterErasure}).
 */
@ApplicationScoped
public class NewsletterStore {

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    SuppressionList suppressionList;

    @Transactional(TxType.MANDATORY)
    public void recordConsent(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        consents.findByIdOptional(customerId).ifPresentOrElse(
                consent -> consent.renew(noticeVersion, givenAt),
                () -> consents.persist(new NewsletterConsent(customerId, noticeVersion, givenAt)));
    }

    /**
     * The customer subscribes, or changes the address. Subscribing after a fresh consent lifts the
     * customer's earlier withdrawal from the suppression list; an objection, or an address another
     * customer had suppressed, still refuses it.
     */
    @Transactional
    public NewsletterSubscription subscribe(UUID customerId, NewsletterAddress address) {
        NewsletterConsent consent = consents.findByIdOptional(customerId).orElseThrow(() -> new ConflictProblem(
                "No newsletter consent is on record: give the NEWSLETTER_EMAIL consent first"));
        suppressionList.liftWithdrawalsBefore(customerId, consent.givenAt());
        if (suppressionList.blocks(customerId, address)) {
            throw new ConflictProblem("The customer or the address is on the suppression list: "
                    + "an objection to direct marketing or a withdrawal stands");
        }
        Optional<NewsletterSubscription> existing = subscriptions.findByIdOptional(customerId);
        if (existing.isPresent()) {
            existing.get().changeAddress(address);
            subscriptions.flush();
            return existing.get();
        }
        NewsletterSubscription subscription = new NewsletterSubscription(customerId, address, OffsetDateTime.now());
        subscriptions.persistAndFlush(subscription); // a withdrawal that won the race fails this as a conflict
        return subscription;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<NewsletterSubscription> find(UUID customerId) {
        return subscriptions.findByIdOptional(customerId);
    }

    @Transactional(TxType.SUPPORTS)
    /** A page of everyone the newsletter goes to, in customer-id order, after the cursor when one is given. */
    public Page<NewsletterSubscription> page(UUID after, int size) {
        return Page.of(subscriptions.pageAfter(after, size + 1), size, subscription -> subscription.customerId().toString());
    }
}
