package no.los.customer.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.test.KafkaBroker;

/**
 * A consumer of customer-service's own events, present only in tests: it runs behind the platform's
 * real idempotent consumer and counts how often each event took effect. No service reads its own
 * topic in production, so the test broker grants this one read for the probe alone.
 */
@ApplicationScoped
public class RegisteredCustomersProbe implements EventHandler {

    private static final Map<String, AtomicInteger> EFFECTS = new ConcurrentHashMap<>();

    @Override
    public boolean active() {
        KafkaBroker.shared().grantRead("customer-service", EventTopic.CUSTOMER);
        return true;
    }

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public String eventType() {
        return EventTypes.CUSTOMER_REGISTERED;
    }

    @Override
    public void handle(IncomingEvent event) {
        EFFECTS.computeIfAbsent(event.subject(), customer -> new AtomicInteger()).incrementAndGet();
    }

    /** How often the registration of this customer took effect. */
    public static int effectsFor(String customerId) {
        AtomicInteger effects = EFFECTS.get(customerId);
        return effects == null ? 0 : effects.get();
    }
}
