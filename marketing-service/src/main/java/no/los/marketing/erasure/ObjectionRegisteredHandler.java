package no.los.marketing.erasure;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.service.NewsletterErasure;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * An objection took effect. Only a direct-marketing objection concerns the e-mail store; marketing
 * holds no survey data yet, so other scopes need no answer here.
 */
@ApplicationScoped
class ObjectionRegisteredHandler implements EventHandler {

    static final String DIRECT_MARKETING = "DIRECT_MARKETING";

    /** What marketing reads from {@code no.los.consent.objection-registered.v1}. */
    record ObjectionRegistered(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt) {
    }

    @Inject
    NewsletterErasure erasure;

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
        if (!DIRECT_MARKETING.equals(objection.scope())) {
            return;
        }
        if (objection.customerId() == null) {
            throw new PoisonEventException("objection registered without customerId");
        }
        erasure.directMarketingObjected(objection.customerId(), event.id(),
                objection.effectiveAt() != null ? objection.effectiveAt() : event.time());
    }
}
