package no.los.marketing.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterStore;
import no.los.platform.consent.ConsentGivenHandler;

/** A newsletter consent given: from now on the customer's address may be kept. */
@ApplicationScoped
class NewsletterConsentGivenHandler extends ConsentGivenHandler {

    @Inject
    NewsletterStore store;

    @Override
    protected String purpose() {
        return NewsletterConsent.PURPOSE;
    }

    @Override
    protected void given(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        store.recordConsent(customerId, noticeVersion, givenAt);
    }
}
