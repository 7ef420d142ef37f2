package no.los.marketing.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What marketing reads from consent-service's events (a tolerant reader: other fields are ignored). */
record ConsentEventData(UUID customerId, String purpose, String noticeVersion, OffsetDateTime givenAt,
        OffsetDateTime withdrawnAt) {

    static final String NEWSLETTER = "NEWSLETTER_EMAIL";

    boolean concernsNewsletter() {
        return NEWSLETTER.equals(purpose);
    }
}
