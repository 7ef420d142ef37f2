package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/** consent-service's {@code objection-registered}: an objection took effect (R21). */
@ApplicationScoped
class ObjectionRegisteredTrigger extends ErasureTriggerHandler {

    /** The part of {@code no.los.consent.objection-registered.v1} the rules need. */
    record ObjectionRegistered(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt) {
    }

    @Override
    ErasureTrigger trigger() {
        return ErasureTrigger.OBJECTION_REGISTERED;
    }

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public String eventType() {
        return EventTypes.OBJECTION_REGISTERED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ObjectionRegistered objection = EventReader.dataAs(event, ObjectionRegistered.class);
        if (objection.customerId() == null || objection.scope() == null) {
            throw new PoisonEventException("objection registered without customerId or scope");
        }
        if (!protocol.participant().orElseThrow().erasure().concernedByObjection(objection.scope())) {
            return;
        }
        OffsetDateTime effectiveAt = objection.effectiveAt() != null ? objection.effectiveAt() : event.time();
        protocol.erase(new ErasureCase.ObjectionRegistered(objection.customerId(), objection.objectionId(),
                objection.scope(), effectiveAt), ErasureReport.on(ErasureTrigger.OBJECTION_REGISTERED, event.id()));
    }
}
