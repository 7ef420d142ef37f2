package no.los.marketing.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterStore;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** A newsletter consent given: from now on the customer's address may be kept. */
@ApplicationScoped
class NewsletterConsentGivenHandler implements EventHandler {

    @Inject
    NewsletterStore store;

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public String eventType() {
        return EventTypes.CONSENT_GIVEN;
    }

    @Override
    public void handle(IncomingEvent event) {
        ConsentEventData data = EventReader.dataAs(event, ConsentEventData.class);
        if (!data.concernsNewsletter()) {
            return;
        }
        if (data.customerId() == null || data.noticeVersion() == null || data.givenAt() == null) {
            throw new PoisonEventException("consent given without customerId, noticeVersion or givenAt");
        }
        store.recordConsent(data.customerId(), data.noticeVersion(), data.givenAt());
    }
}
