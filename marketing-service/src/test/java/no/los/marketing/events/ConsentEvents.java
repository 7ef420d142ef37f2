package no.los.marketing.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.EventTopic;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TopicRecords;

/** Consent events as consent-service publishes them, sent to the real broker. */
final class ConsentEvents {

    static final String SOURCE = "/los/consent-service";

    private ConsentEvents() {
    }

    static void given(String eventId, UUID customer, String purpose) {
        TopicRecords.send(givenRecord(eventId, customer, purpose));
    }

    static ProducerRecord<String, byte[]> givenRecord(String eventId, UUID customer, String purpose) {
        return TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), eventId, SOURCE,
                "no.los.consent.given.v1", customer.toString(),
                """
                {"customerId":"%s","purpose":"%s","channel":"MIN_SIDE","noticeVersion":"2024-01","givenAt":"%s"}"""
                        .formatted(customer, purpose, OffsetDateTime.now()));
    }

    static void withdrawn(String eventId, UUID customer, String purpose) {
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), eventId, SOURCE,
                "no.los.consent.withdrawn.v1", customer.toString(),
                """
                {"customerId":"%s","purpose":"%s","channel":"MIN_SIDE","withdrawnAt":"%s"}"""
                        .formatted(customer, purpose, OffsetDateTime.now())));
    }

    static void objection(String eventId, UUID customer, String scope) {
        TopicRecords.send(RightsEvents.objectionUpheld(eventId, customer, UUID.randomUUID(), scope, null));
    }
}
