package no.los.dsar.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.service.RequestAnswers;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * consent-service's {@code no.los.consent.objection-rejected.v1}: the privacy officer rejected the
 * objection a request made, so the request is refused with a letter ({@link RequestAnswers#objectionRejected}).
 * An upheld objection needs nothing here: the services' answers complete the request.
 */
@ApplicationScoped
class ObjectionRejectedHandler implements EventHandler {

    /** The part of the event the refusal needs. */
    record ObjectionRejected(UUID customerId, UUID requestId, OffsetDateTime decidedAt, String decidedBy) {
    }

    @Inject
    RequestAnswers answers;

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public String eventType() {
        return EventTypes.OBJECTION_REJECTED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ObjectionRejected rejected = EventReader.dataAs(event, ObjectionRejected.class);
        if (rejected.customerId() == null || rejected.requestId() == null || rejected.decidedAt() == null) {
            throw new PoisonEventException("objection rejected without customerId, requestId or decidedAt");
        }
        answers.objectionRejected(rejected.requestId(), rejected.customerId(), rejected.decidedAt(),
                rejected.decidedBy());
    }
}
