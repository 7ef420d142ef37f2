package no.los.marketing.erasure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.RelationshipEndedHandler;

/** The customer's last contract ended: a former customer's address leaves the store at once (R10). */
@ApplicationScoped
class FormerCustomerRule extends RelationshipEndedHandler {

    @Inject
    NewsletterErasure erasure;

    @Override
    protected void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        erasure.relationshipEnded(customerId, report);
    }
}
