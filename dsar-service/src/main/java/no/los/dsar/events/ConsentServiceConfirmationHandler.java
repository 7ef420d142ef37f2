package no.los.dsar.events;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTopic;

/** The erasure confirmations of consent-service (the consent ledger and objections), from its topic. */
@ApplicationScoped
class ConsentServiceConfirmationHandler extends ErasureConfirmationHandler {

    ConsentServiceConfirmationHandler() {
        super(EventTopic.CONSENT, "consent-service");
    }
}
