package no.los.dsar.events;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTopic;

/** The erasure confirmations of customer-service (customer data, identity, contracts and metering points), from its topic. */
@ApplicationScoped
class CustomerServiceConfirmationHandler extends ErasureConfirmationHandler {

    CustomerServiceConfirmationHandler() {
        super(EventTopic.CUSTOMER, "customer-service");
    }
}
