package no.los.platform.customers;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * Learns the customers customer-service registers, in services that keep the register of
 * {@link KnownCustomers}; in the others it is not subscribed.
 */
@ApplicationScoped
public class CustomerRegisteredHandler implements EventHandler {

    /** The part of {@code no.los.customer.registered.v1} the register needs (a tolerant reader). */
    public record CustomerRegistered(UUID customerId, OffsetDateTime registeredAt) {
    }

    @Inject
    KnownCustomers register;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CUSTOMER_REGISTERED;
    }

    @Override
    public boolean active() {
        return register.enabled();
    }

    @Override
    public void handle(IncomingEvent event) {
        CustomerRegistered registered = EventReader.dataAs(event, CustomerRegistered.class);
        if (registered.customerId() == null || registered.registeredAt() == null) {
            throw new PoisonEventException("customer registered without customerId or registeredAt");
        }
        register.learn(registered.customerId(), registered.registeredAt());
    }
}
