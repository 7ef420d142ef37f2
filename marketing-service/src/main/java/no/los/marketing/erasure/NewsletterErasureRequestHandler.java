package no.los.marketing.erasure;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureRequestHandler;

/** A data subject's erasure request (Art. 17), as dsar-service announces it. */
@ApplicationScoped
class NewsletterErasureRequestHandler extends ErasureRequestHandler {

    @Inject
    NewsletterErasure erasure;

    @Override
    protected void erase(UUID customerId, ErasureReport report) {
        erasure.erasureRequested(customerId, report);
    }
}
