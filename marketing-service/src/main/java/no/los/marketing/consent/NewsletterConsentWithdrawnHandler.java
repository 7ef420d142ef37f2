package no.los.marketing.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.erasure.ConsentWithdrawnHandler;
import no.los.platform.erasure.ErasureReport;

/** A newsletter consent withdrawn (R16): the address leaves the store at once. */
@ApplicationScoped
class NewsletterConsentWithdrawnHandler extends ConsentWithdrawnHandler {

    @Inject
    NewsletterErasure erasure;

    @Override
    protected String purpose() {
        return NewsletterConsent.PURPOSE;
    }

    @Override
    protected void withdrawn(UUID customerId, OffsetDateTime withdrawnAt, ErasureReport report) {
        erasure.consentWithdrawn(customerId, withdrawnAt, report);
    }
}
