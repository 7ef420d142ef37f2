package no.los.platform.erasure;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * The receiving half of the erasure protocol for withdrawn consents (R16): reads consent-service's
 * {@code consent.withdrawn} events for the one purpose a service processes under consent, and hands
 * each to the service's rule, which stops the processing and deletes what was kept only for it.
 */
public abstract class ConsentWithdrawnHandler implements EventHandler {

    /** The part of {@code no.los.consent.withdrawn.v1} a rule needs (a tolerant reader). */
    public record ConsentWithdrawn(UUID customerId, String purpose, OffsetDateTime withdrawnAt) {
    }

    /** The purpose this service processes under consent, e.g. {@code VISUALISATION_APP}. */
    protected abstract String purpose();

    /**
     * Stops the processing, deletes what was kept only for it, fills the report and confirms it.
     * Runs inside the consumer's transaction.
     */
    protected abstract void withdrawn(UUID customerId, OffsetDateTime withdrawnAt, ErasureReport report);

    @Override
    public final EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public final String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    public final void handle(IncomingEvent event) {
        ConsentWithdrawn withdrawal = EventReader.dataAs(event, ConsentWithdrawn.class);
        if (!purpose().equals(withdrawal.purpose())) {
            return;
        }
        if (withdrawal.customerId() == null) {
            throw new PoisonEventException("consent withdrawn without customerId");
        }
        OffsetDateTime withdrawnAt = withdrawal.withdrawnAt() != null ? withdrawal.withdrawnAt() : event.time();
        withdrawn(withdrawal.customerId(), withdrawnAt, ErasureReport.on(ErasureTrigger.CONSENT_WITHDRAWN, event.id()));
    }
}
