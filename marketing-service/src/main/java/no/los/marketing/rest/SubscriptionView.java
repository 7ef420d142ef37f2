package no.los.marketing.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.marketing.NewsletterSubscription;

/** A subscription as the newsletter list hands it out; the address was validated on the way in (at most 254). */
public record SubscriptionView(UUID customerId,
        @Schema(format = "email", maxLength = 254) String email, OffsetDateTime subscribedAt) {

    static SubscriptionView of(NewsletterSubscription subscription) {
        return new SubscriptionView(subscription.customerId(), subscription.email(), subscription.subscribedAt());
    }
}
