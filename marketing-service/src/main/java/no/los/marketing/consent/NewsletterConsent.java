package no.los.marketing.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import no.los.platform.consent.ConsentCopy;

/**
 * Marketing's copy of a newsletter consent, learnt from consent-service. While it exists the
 * customer's address may be kept; it is deleted the moment the consent is withdrawn.
 */
@Entity
@Table(name = "newsletter_consent")
public class NewsletterConsent extends ConsentCopy {

    /** The consent-service purpose this copy stands for. */
    public static final String PURPOSE = "NEWSLETTER_EMAIL";

    protected NewsletterConsent() {
    }

    public NewsletterConsent(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        super(customerId, noticeVersion, givenAt);
    }
}
