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
 * consent-service's {@code consent.withdrawn}: handed to the service when it processes that
 * purpose under consent (R16); withdrawals of other purposes are not its business.
 */
@ApplicationScoped
class ConsentWithdrawnTrigger extends ErasureTriggerHandler {

    /** The part of {@code no.los.consent.withdrawn.v1} the rules need (a tolerant reader). */
    record ConsentWithdrawn(UUID customerId, String purpose, OffsetDateTime withdrawnAt) {
    }

    @Override
    ErasureTrigger trigger() {
        return ErasureTrigger.CONSENT_WITHDRAWN;
    }

    @Override
    public EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public String eventType() {
        return EventTypes.CONSENT_WITHDRAWN;
    }

    @Override
    public void handle(IncomingEvent event) {
        ConsentWithdrawn withdrawal = EventReader.dataAs(event, ConsentWithdrawn.class);
        if (withdrawal.purpose() == null
                || !protocol.participant().orElseThrow().erasure().processesUnderConsent(withdrawal.purpose())) {
            return;
        }
        if (withdrawal.customerId() == null) {
            throw new PoisonEventException("consent withdrawn without customerId");
        }
        OffsetDateTime withdrawnAt = withdrawal.withdrawnAt() != null ? withdrawal.withdrawnAt() : event.time();
        protocol.erase(new ErasureCase.ConsentWithdrawn(withdrawal.customerId(), withdrawal.purpose(), withdrawnAt),
                ErasureReport.on(ErasureTrigger.CONSENT_WITHDRAWN, event.id()));
    }
}
