package no.los.consent.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consent.service.ConsentErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureRequestHandler.RequestReceived;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * An erasure request (Art. 17) reaches the consent ledger and the objections. Reads the request like
 * the platform's ErasureRequestHandler does, but hands the request id on too: the withdrawals it
 * causes name it as their evidence.
 */
@ApplicationScoped
class ConsentErasureRequestHandler implements EventHandler {

    @Inject
    ConsentErasure erasure;

    @Override
    public EventTopic topic() {
        return EventTopic.DSAR;
    }

    @Override
    public String eventType() {
        return EventTypes.DATA_SUBJECT_REQUEST_RECEIVED;
    }

    @Override
    public void handle(IncomingEvent event) {
        RequestReceived request = EventReader.dataAs(event, RequestReceived.class);
        if (!"ERASURE".equals(request.requestType())) {
            return;
        }
        if (request.requestId() == null || request.customerId() == null) {
            throw new PoisonEventException("erasure request without requestId or customerId");
        }
        erasure.erasureRequested(request.customerId(), request.requestId(),
                ErasureReport.onRequest(request.requestId(), event.id()));
    }
}
