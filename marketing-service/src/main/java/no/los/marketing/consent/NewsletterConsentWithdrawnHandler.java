package no.los.marketing.consent;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.marketing.service.NewsletterStore.DeletionReason;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;

/** A newsletter consent withdrawn (R16): the address leaves the store at once. */
@ApplicationScoped
class NewsletterConsentWithdrawnHandler extends NewsletterConsentHandler {

    @Override
    public String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    void apply(ConsentEventData data, IncomingEvent event) {
        store.forget(data.customerId(), DeletionReason.CONSENT_WITHDRAWN, event.id());
    }
}
