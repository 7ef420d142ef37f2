package no.los.marketing.consent;

import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterStore;
import no.los.platform.events.EventTopic;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** What both consent handlers share: only the newsletter purpose concerns marketing's e-mail store. */
abstract class NewsletterConsentHandler implements EventHandler {

    @Inject
    NewsletterStore store;

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public void handle(IncomingEvent event) {
        ConsentEventData data = EventReader.dataAs(event, ConsentEventData.class);
        if (!data.concernsNewsletter()) {
            return;
        }
        if (data.customerId() == null) {
            throw new PoisonEventException(event.type() + " without customerId");
        }
        apply(data, event);
    }

    /** Carries out a newsletter consent event, inside the consumer's transaction. */
    abstract void apply(ConsentEventData data, IncomingEvent event);
}
