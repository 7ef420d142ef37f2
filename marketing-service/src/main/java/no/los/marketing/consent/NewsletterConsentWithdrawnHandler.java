package no.los.marketing.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;

/** A newsletter consent withdrawn (R16): the address leaves the store at once. */
@ApplicationScoped
class NewsletterConsentWithdrawnHandler extends NewsletterConsentHandler {

    @Inject
    NewsletterErasure erasure;

    @Override
    public String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    void apply(ConsentEventData data, IncomingEvent event) {
        erasure.consentWithdrawn(data.customerId(), event.id(),
                data.withdrawnAt() != null ? data.withdrawnAt() : event.time());
    }
}
