package no.los.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import no.los.platform.inbox.IdempotentConsumer;
import no.los.platform.outbox.OutboxRelay;

/**
 * Liveness of the two threads that carry events: should the outbox relay or the consumer ever
 * end, the service can no longer keep its promises, and the orchestrator restarts it.
 */
@Liveness
@ApplicationScoped
public class EventPlumbingHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    IdempotentConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Event plumbing")
                .status(relay.isHealthy() && consumer.isHealthy())
                .withData("outboxRelay", relay.isHealthy() ? "running" : "stopped")
                .withData("consumer", consumer.isHealthy() ? "running" : "stopped")
                .build();
    }
}
