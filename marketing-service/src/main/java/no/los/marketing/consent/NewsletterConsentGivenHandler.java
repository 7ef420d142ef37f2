package no.los.marketing.consent;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.PoisonEventException;

/** A newsletter consent given: from now on the customer's address may be kept. */
@ApplicationScoped
class NewsletterConsentGivenHandler extends NewsletterConsentHandler {

    @Override
    public String eventType() {
        return EventTypes.CONSENT_GIVEN;
    }

    @Override
    void apply(ConsentEventData data, IncomingEvent event) {
        if (data.noticeVersion() == null || data.givenAt() == null) {
            throw new PoisonEventException("consent given without noticeVersion or givenAt");
        }
        store.recordConsent(data.customerId(), data.noticeVersion(), data.givenAt());
    }
}
