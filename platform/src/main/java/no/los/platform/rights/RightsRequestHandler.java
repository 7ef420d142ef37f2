package no.los.platform.rights;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * dsar-service's {@code request-received}, read by every other service: an erasure request goes to
 * the service's erasure rules and is confirmed; an access or portability request is answered with
 * a {@link RightsAnswer} so that dsar-service fetches the part; a restriction request marks the person
 * restricted and is answered with what stopped. dsar-service's {@code restriction-lifted} lifts it
 * again. A rectification request waits for customer-service's {@code rectified}
 * ({@link CustomerRectifiedHandler}); an objection request goes to the service that decides
 * objections (consent-service), and is answered by the others once the objection is upheld
 * ({@link ObjectionRegisteredTrigger}).
 */
@ApplicationScoped
class RightsRequestHandler implements EventHandler {

    /** The request types a service answers with a part to fetch. */
    static final Set<String> ANSWERED_WITH_A_PART = Set.of("ACCESS", "PORTABILITY");

    /** The part of {@code no.los.dsar.request-received.v1} the protocol needs. */
    record RequestReceived(UUID requestId, UUID customerId, String requestType, String objectionScope) {
    }

    @Inject
    RightsProtocol protocol;

    @Override
    public EventTopic topic() {
        return EventTopic.DSAR;
    }

    @Override
    public String eventType() {
        return EventTypes.DATA_SUBJECT_REQUEST_RECEIVED;
    }

    @Override
    public Set<String> alsoTypes() {
        return Set.of(EventTypes.RESTRICTION_LIFTED);
    }

    @Override
    public boolean active() {
        return protocol.participant().isPresent() && !protocol.serviceName().equals(EventTopic.DSAR.owner());
    }

    @Override
    public void handle(IncomingEvent event) {
        RequestReceived request = EventReader.dataAs(event, RequestReceived.class);
        if (request.requestId() == null || request.customerId() == null || request.requestType() == null) {
            throw new PoisonEventException("request received without requestId, customerId or requestType");
        }
        if (EventTypes.RESTRICTION_LIFTED.equals(event.type())) {
            protocol.lift(request.requestId(), request.customerId());
        } else if (RightsProtocol.RESTRICTION.equals(request.requestType())) {
            protocol.restrict(request.requestId(), request.customerId());
        } else if ("ERASURE".equals(request.requestType())) {
            if (protocol.participant().orElseThrow().erasure().actsOn(ErasureTrigger.ERASURE_REQUESTED)) {
                protocol.erase(new ErasureCase.ErasureRequested(request.customerId(), request.requestId()),
                        ErasureReport.onRequest(request.requestId(), event.id()));
            }
        } else if (RightsProtocol.OBJECTION.equals(request.requestType())) {
            if (request.objectionScope() == null) {
                throw new PoisonEventException("an objection request without objectionScope");
            }
            protocol.objectionRequested(request.requestId(), request.customerId(), request.objectionScope());
        } else if (ANSWERED_WITH_A_PART.contains(request.requestType())) {
            protocol.answer(request.requestId(), request.customerId(), request.requestType());
        }
    }
}
