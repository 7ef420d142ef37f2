package no.los.marketing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An address in marketing's separate e-mail store (R10): kept only while the customer's newsletter
 * consent exists, never shared, deleted on withdrawal, on the end of the relationship and on bounce.
 */
@Entity
@Table(name = "newsletter_subscription")
public class NewsletterSubscription {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "subscribed_at", nullable = false)
    private OffsetDateTime subscribedAt;

    protected NewsletterSubscription() {
    }

    public NewsletterSubscription(UUID customerId, NewsletterAddress address, OffsetDateTime subscribedAt) {
        this.customerId = customerId;
        this.email = address.value();
        this.subscribedAt = subscribedAt;
    }

    public void changeAddress(NewsletterAddress address) {
        this.email = address.value();
    }

    public UUID customerId() {
        return customerId;
    }

    public String email() {
        return email;
    }

    public NewsletterAddress address() {
        return new NewsletterAddress(email);
    }

    public OffsetDateTime subscribedAt() {
        return subscribedAt;
    }
}
