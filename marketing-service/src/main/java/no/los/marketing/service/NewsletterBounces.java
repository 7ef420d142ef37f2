package no.los.marketing.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.marketing.BounceKind;
import no.los.marketing.BounceReport;
import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.privacy.NewsletterBounceErasure;
import no.los.marketing.repository.BounceReportRepository;
import no.los.marketing.repository.NewsletterSubscriptionRepository;

/**
 * The e-mail service provider reports a bounce: every subscription holding the address is deleted
 * at once, hard or soft (see {@link BounceKind}), each confirmed with the report's id as trigger
 * (see {@link NewsletterBounceErasure}).
 */
@ApplicationScoped
public class NewsletterBounces {

    @Inject
    NewsletterSubscriptionRepository subscriptions;

    @Inject
    BounceReportRepository reports;

    @Inject
    NewsletterBounceErasure erasure;

    /** What a bounce report did: its id, and how many addresses it deleted. */
    public record BounceOutcome(UUID bounceId, int deletedCount) {
    }

    /** What a bounce did: the outcome the reporter is told, and whose subscriptions went (for the access log). */
    public record Bounced(BounceOutcome outcome, List<UUID> customers) {
    }

    @Transactional
    public Bounced report(NewsletterAddress address, BounceKind kind, OffsetDateTime bouncedAt) {
        BounceReport report = new BounceReport(kind, bouncedAt);
        int deleted = 0;
        List<UUID> customers = new ArrayList<>();
        for (NewsletterSubscription subscription : subscriptions.holding(address)) {
            deleted += erasure.addressBounced(subscription.customerId(), report.id());
            customers.add(subscription.customerId());
        }
        report.deleted(deleted);
        reports.persist(report);
        return new Bounced(new BounceOutcome(report.id(), report.deletedCount()), customers);
    }
}
