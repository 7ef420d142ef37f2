package no.los.dsar.events;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTopic;

/** The erasure confirmations of consumption-service (consumption data and the app), from its topic. */
@ApplicationScoped
class ConsumptionServiceConfirmationHandler extends ErasureConfirmationHandler {

    ConsumptionServiceConfirmationHandler() {
        super(EventTopic.CONSUMPTION, "consumption-service");
    }
}
