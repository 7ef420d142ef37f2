package no.los.platform.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * Reads consent-service's {@code consent.given} events for the one purpose a service processes
 * under consent, and hands each to the service, which keeps its own copy of the lawful basis.
 * Events for other purposes are not this service's business.
 */
public abstract class ConsentGivenHandler implements EventHandler {

    /** The part of {@code no.los.consent.given.v1} a service needs (a tolerant reader). */
    public record ConsentGiven(UUID customerId, String purpose, String noticeVersion, OffsetDateTime givenAt) {
    }

    /** The purpose this service processes under consent, e.g. {@code NEWSLETTER_EMAIL}. */
    protected abstract String purpose();

    /** Records the consent. Runs inside the consumer's transaction. */
    protected abstract void given(UUID customerId, String noticeVersion, OffsetDateTime givenAt);

    @Override
    public final EventTopic topic() {
        return EventTopic.CONSENT;
    }

    @Override
    public final String eventType() {
        return EventTypes.CONSENT_GIVEN;
    }

    @Override
    public final void handle(IncomingEvent event) {
        ConsentGiven consent = EventReader.dataAs(event, ConsentGiven.class);
        if (!purpose().equals(consent.purpose())) {
            return;
        }
        if (consent.customerId() == null || consent.noticeVersion() == null || consent.givenAt() == null) {
            throw new PoisonEventException("consent given without customerId, noticeVersion or givenAt");
        }
        given(consent.customerId(), consent.noticeVersion(), consent.givenAt());
    }
}
