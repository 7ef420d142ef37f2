package no.los.marketing.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Marketing's copy of a newsletter consent, learnt from consent-service. While it exists the
 * customer's address may be kept; it is deleted the moment the consent is withdrawn.
 */
@Entity
@Table(name = "newsletter_consent")
public class NewsletterConsent {

    /** The consent-service purpose this copy stands for. */
    public static final String PURPOSE = "NEWSLETTER_EMAIL";

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private OffsetDateTime givenAt;

    protected NewsletterConsent() {
    }

    public NewsletterConsent(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        this.customerId = customerId;
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }

    public UUID customerId() {
        return customerId;
    }

    public OffsetDateTime givenAt() {
        return givenAt;
    }

    public void renew(String noticeVersion, OffsetDateTime givenAt) {
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }
}
