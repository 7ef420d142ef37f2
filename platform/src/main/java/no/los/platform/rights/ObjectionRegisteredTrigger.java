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

/**
 * consent-service's {@code objection-registered}: an objection took effect (R21). Every service
 * but consent-service and dsar-service reads it: one whose erasure rules the scope concerns erases
 * and confirms; every one keeps the upheld objection ({@link UpheldObjections}) and, when a request
 * made the objection, answers it with what it stopped.
 */
@ApplicationScoped
class ObjectionRegisteredTrigger extends ErasureTriggerHandler {

    /** The part of {@code no.los.consent.objection-registered.v1} the rules need. */
    record ObjectionRegistered(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt,
            UUID requestId) {
    }

    @Override
    ErasureTrigger trigger() {
        return ErasureTrigger.OBJECTION_REGISTERED;
    }

    /** Every service that takes part in the rights, except the one that decides objections and the one that tracks requests. */
    @Override
    public boolean active() {
        String service = protocol.serviceName();
        return protocol.participant().isPresent() && !service.equals(EventTopic.CONSENT.owner())
                && !service.equals(EventTopic.DSAR.owner());
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
        if (objection.customerId() == null || objection.objectionId() == null || objection.scope() == null) {
            throw new PoisonEventException("objection registered without customerId, objectionId or scope");
        }
        OffsetDateTime effectiveAt = objection.effectiveAt() != null ? objection.effectiveAt() : event.time();
        DataSubjectRights.ErasureRules rules = protocol.participant().orElseThrow().erasure();
        if (rules.actsOn(trigger()) && rules.concernedByObjection(objection.scope())) {
            protocol.erase(new ErasureCase.ObjectionRegistered(objection.customerId(), objection.objectionId(),
                    objection.scope(), effectiveAt), ErasureReport.on(ErasureTrigger.OBJECTION_REGISTERED, event.id()));
        }
        protocol.objected(objection.customerId(), objection.objectionId(), objection.scope(), effectiveAt,
                objection.requestId());
    }
}
