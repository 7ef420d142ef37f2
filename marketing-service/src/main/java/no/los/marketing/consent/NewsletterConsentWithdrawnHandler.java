package no.los.marketing.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterStore;
import no.los.marketing.service.NewsletterStore.DeletionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** A newsletter consent withdrawn (R16): the address leaves the store at once. */
@ApplicationScoped
class NewsletterConsentWithdrawnHandler implements EventHandler {

    @Inject
    NewsletterStore store;

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    public void handle(IncomingEvent event) {
        ConsentEventData data = EventReader.dataAs(event, ConsentEventData.class);
        if (!data.concernsNewsletter()) {
            return;
        }
        if (data.customerId() == null) {
            throw new PoisonEventException("consent withdrawn without customerId");
        }
        store.forget(data.customerId(), DeletionReason.CONSENT_WITHDRAWN, event.id());
    }
}
