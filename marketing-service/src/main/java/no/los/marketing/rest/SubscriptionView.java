package no.los.marketing.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.los.marketing.NewsletterSubscription;

public record SubscriptionView(UUID customerId, String email, OffsetDateTime subscribedAt) {

    static SubscriptionView of(NewsletterSubscription subscription) {
        return new SubscriptionView(subscription.customerId(), subscription.email(), subscription.subscribedAt());
    }
}
