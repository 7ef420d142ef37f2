package no.los.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.platform.events.EventTopic;
import no.los.platform.events.IncomingEvent;

/** An event is handled only when its topic's owner wrote it and it names one person throughout. */
class EventOriginTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KARI = UUID.randomUUID().toString();
    private static final String OLA = UUID.randomUUID().toString();

    @Test
    void anEventFromItsTopicsOwnerAboutOnePersonPasses() {
        assertDoesNotThrow(() -> EventOrigin.verify(event(EventTopic.CONSENT, "/los/consent-service", KARI, KARI), KARI));
    }

    @Test
    void anEventWithoutACustomerIdInItsPayloadPassesOnItsSource() {
        IncomingEvent announcement = new IncomingEvent(EventTopic.CUSTOMER.topicName(), "1", "/los/customer-service",
                "no.los.rights.data-map-announced.v1", "customer-service", OffsetDateTime.now(),
                JSON.createObjectNode().put("service", "customer-service"));

        assertDoesNotThrow(() -> EventOrigin.verify(announcement, "customer-service"));
    }

    @Test
    void anEventWrittenByAnotherServiceThanTheTopicsOwnerIsForged() {
        ForgedEventException forged = assertThrows(ForgedEventException.class,
                () -> EventOrigin.verify(event(EventTopic.CUSTOMER, "/los/consent-service", KARI, KARI), KARI));

        assertEquals("forged: ce_source is not /los/customer-service, the owner of los.customer.events",
                forged.getMessage());
    }

    @Test
    void aKeyThatNamesAnotherPersonThanTheSubjectIsForged() {
        assertThrows(ForgedEventException.class,
                () -> EventOrigin.verify(event(EventTopic.CONSENT, "/los/consent-service", KARI, KARI), OLA));
    }

    @Test
    void aPayloadThatNamesAnotherPersonThanTheSubjectIsForged() {
        ForgedEventException forged = assertThrows(ForgedEventException.class,
                () -> EventOrigin.verify(event(EventTopic.CONSENT, "/los/consent-service", KARI, OLA), KARI));

        assertEquals("forged: the payload's customerId and ce_subject differ", forged.getMessage());
    }

    @Test
    void anEventOnATopicOutsideTheSuiteIsForged() {
        IncomingEvent stranger = new IncomingEvent("somebody.elses.events", "1", "/los/consent-service",
                "no.los.consent.withdrawn.v1", KARI, OffsetDateTime.now(), JSON.createObjectNode());

        assertThrows(ForgedEventException.class, () -> EventOrigin.verify(stranger, KARI));
    }

    private static IncomingEvent event(EventTopic topic, String source, String subject, String payloadCustomerId) {
        ObjectNode data = JSON.createObjectNode().put("customerId", payloadCustomerId).put("purpose", "NEWSLETTER");
        return new IncomingEvent(topic.topicName(), UUID.randomUUID().toString(), source, "no.los.consent.withdrawn.v1",
                subject, OffsetDateTime.now(), data);
    }
}
