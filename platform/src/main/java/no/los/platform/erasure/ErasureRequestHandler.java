package no.los.platform.erasure;

import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * The receiving half of the erasure protocol for data-subject requests: reads dsar-service's
 * {@code request-received} events and hands each erasure request to the service's own rule. Other
 * request types are not this handler's business.
 */
public abstract class ErasureRequestHandler implements EventHandler {

    /** The part of {@code no.los.dsar.request-received.v1} this handler needs. */
    public record RequestReceived(UUID requestId, UUID customerId, String requestType) {
    }

    @Override
    public final EventTopic topic() {
        return EventTopic.DSAR;
    }

    @Override
    public final String eventType() {
        return EventTypes.DATA_SUBJECT_REQUEST_RECEIVED;
    }

    @Override
    public final void handle(IncomingEvent event) {
        RequestReceived request = EventReader.dataAs(event, RequestReceived.class);
        if (!"ERASURE".equals(request.requestType())) {
            return;
        }
        if (request.requestId() == null || request.customerId() == null) {
            throw new PoisonEventException("erasure request without requestId or customerId");
        }
        erase(request.customerId(), ErasureReport.onRequest(request.requestId(), event.id()));
    }

    /**
     * Erases what this service may erase for the customer, fills the report with what it deleted and
     * kept, and confirms it. Runs inside the consumer's transaction.
     */
    protected abstract void erase(UUID customerId, ErasureReport report);
}
