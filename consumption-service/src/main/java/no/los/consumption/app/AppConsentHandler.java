package no.los.consumption.app;

import no.los.platform.events.EventTopic;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** What both consent handlers share: only the VISUALISATION_APP purpose concerns consumption-service. */
abstract class AppConsentHandler implements EventHandler {

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public void handle(IncomingEvent event) {
        AppConsentEvent data = EventReader.dataAs(event, AppConsentEvent.class);
        if (!data.concernsTheApp()) {
            return;
        }
        if (data.customerId() == null) {
            throw new PoisonEventException(event.type() + " without customerId");
        }
        apply(data, event);
    }

    /** Carries out an app consent event, inside the consumer's transaction. */
    abstract void apply(AppConsentEvent data, IncomingEvent event);
}
