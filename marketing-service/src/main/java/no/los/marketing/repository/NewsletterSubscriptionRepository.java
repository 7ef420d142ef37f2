package no.los.marketing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;

@ApplicationScoped
public class NewsletterSubscriptionRepository implements PanacheRepositoryBase<NewsletterSubscription, UUID> {

    /** Up to {@code count} subscriptions in customer-id order, those after {@code after} when it is given. */
    public List<NewsletterSubscription> pageAfter(UUID after, int count) {
        return (after == null ? find("order by customerId") : find("customerId > ?1 order by customerId", after))
                .page(0, count).list();
    }

    /** The subscriptions that hold this address, in whatever letter case they were written. */
    public List<NewsletterSubscription> holding(NewsletterAddress address) {
        return list("lower(email) = ?1", address.normalised());
    }
}
