package no.los.consumption.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.VisualisationApp;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.PoisonEventException;

/** The VISUALISATION_APP consent was given: the customer may now keep an app profile and alerts. */
@ApplicationScoped
class AppConsentGivenHandler extends AppConsentHandler {

    @Inject
    VisualisationApp app;

    @Override
    public String eventType() {
        return EventTypes.CONSENT_GIVEN;
    }

    @Override
    void apply(AppConsentEvent data, IncomingEvent event) {
        if (data.noticeVersion() == null || data.givenAt() == null) {
            throw new PoisonEventException("consent given without noticeVersion or givenAt");
        }
        app.register(data.customerId(), data.noticeVersion(), data.givenAt());
    }
}
