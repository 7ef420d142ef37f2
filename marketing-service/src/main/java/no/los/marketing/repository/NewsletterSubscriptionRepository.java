package no.los.marketing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.platform.rights.Restrictions;

@ApplicationScoped
public class NewsletterSubscriptionRepository implements PanacheRepositoryBase<NewsletterSubscription, UUID> {

    /**
     * Up to {@code count} subscriptions in customer-id order, those after {@code after} when it is
     * given, leaving out every person whose processing is restricted (Art. 18).
     */
    public List<NewsletterSubscription> pageAfter(UUID after, int count) {
        String unrestricted = Restrictions.notRestricted("s.customer_id");
        var query = after == null
                ? getEntityManager().createNativeQuery("select s.* from newsletter_subscription s where " + unrestricted
                        + " order by s.customer_id limit ?1", NewsletterSubscription.class)
                : getEntityManager().createNativeQuery("select s.* from newsletter_subscription s where s.customer_id > ?2 "
                        + "and " + unrestricted + " order by s.customer_id limit ?1", NewsletterSubscription.class)
                        .setParameter(2, after);
        @SuppressWarnings("unchecked")
        List<NewsletterSubscription> page = query.setParameter(1, count).getResultList();
        return page;
    }

    /** The subscriptions that hold this address, in whatever letter case they were written. */
    public List<NewsletterSubscription> holding(NewsletterAddress address) {
        return list("lower(email) = ?1", address.normalised());
    }
}
