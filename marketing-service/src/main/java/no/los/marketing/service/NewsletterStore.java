package no.los.marketing.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.marketing.NewsletterSubscription;
import no.los.marketing.consent.NewsletterConsent;
import no.los.marketing.repository.NewsletterConsentRepository;
import no.los.marketing.repository.NewsletterSubscriptionRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;

/**
 * The separate newsletter e-mail store (R10). An address can only enter while a newsletter consent
 * is on record, and leaves with it; every deletion is confirmed to the suite with a count.
 */
@ApplicationScoped
public class NewsletterStore {

    @Inject
    NewsletterConsentRepository consents;

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    Outbox outbox;

    /** Why an address left the store. */
    public enum DeletionReason {
        CONSENT_WITHDRAWN
    }

    /** The confirmation: which trigger, how many addresses went. Never the address itself. */
    public record NewsletterAddressDeleted(UUID customerId, DeletionReason reason, String triggerEventId,
            int deletedCount, OffsetDateTime deletedAt) {
    }

    @Transactional(TxType.MANDATORY)
    public void recordConsent(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        consents.findByIdOptional(customerId).ifPresentOrElse(
                consent -> consent.renew(noticeVersion, givenAt),
                () -> consents.persist(new NewsletterConsent(customerId, noticeVersion, givenAt)));
    }

    @Transactional(TxType.MANDATORY)
    public void forget(UUID customerId, DeletionReason reason, String triggerEventId) {
        int deleted = subscriptions.deleteById(customerId) ? 1 : 0;
        consents.deleteById(customerId);
        outbox.add(new OutgoingEvent(EventTopic.MARKETING, EventTypes.NEWSLETTER_ADDRESS_DELETED, customerId,
                new NewsletterAddressDeleted(customerId, reason, triggerEventId, deleted, OffsetDateTime.now())));
    }

    @Transactional
    public NewsletterSubscription subscribe(UUID customerId, String email) {
        if (consents.findByIdOptional(customerId).isEmpty()) {
            throw new ConflictProblem("No newsletter consent is on record: give the NEWSLETTER_EMAIL consent first");
        }
        Optional<NewsletterSubscription> existing = subscriptions.findByIdOptional(customerId);
        if (existing.isPresent()) {
            existing.get().changeAddress(email);
            subscriptions.flush();
            return existing.get();
        }
        NewsletterSubscription subscription = new NewsletterSubscription(customerId, email, OffsetDateTime.now());
        subscriptions.persistAndFlush(subscription); // a withdrawal that won the race fails this as a conflict
        return subscription;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<NewsletterSubscription> find(UUID customerId) {
        return subscriptions.findByIdOptional(customerId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<NewsletterSubscription> all() {
        return subscriptions.all();
    }
}
