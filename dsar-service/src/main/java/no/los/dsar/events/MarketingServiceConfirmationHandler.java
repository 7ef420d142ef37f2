package no.los.dsar.events;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTopic;

/** The erasure confirmations of marketing-service (the newsletter store and surveys), from its topic. */
@ApplicationScoped
class MarketingServiceConfirmationHandler extends ErasureConfirmationHandler {

    MarketingServiceConfirmationHandler() {
        super(EventTopic.MARKETING, "marketing-service");
    }
}
