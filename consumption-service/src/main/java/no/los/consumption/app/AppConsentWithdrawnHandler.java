package no.los.consumption.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ConsumptionErasure;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;

/** The VISUALISATION_APP consent was withdrawn (R16): the app's data goes at once, and that is confirmed. */
@ApplicationScoped
class AppConsentWithdrawnHandler extends AppConsentHandler {

    @Inject
    ConsumptionErasure erasure;

    @Override
    public String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    void apply(AppConsentEvent data, IncomingEvent event) {
        erasure.appConsentWithdrawn(data.customerId(), event.id());
    }
}
