package no.los.marketing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;

@ApplicationScoped
public class NewsletterSubscriptionRepository implements PanacheRepositoryBase<NewsletterSubscription, UUID> {

    public List<NewsletterSubscription> all() {
        return list("order by subscribedAt");
    }

    /** The subscriptions that hold this address, in whatever letter case they were written. */
    public List<NewsletterSubscription> holding(NewsletterAddress address) {
        return list("lower(email) = ?1", address.normalised());
    }
}
