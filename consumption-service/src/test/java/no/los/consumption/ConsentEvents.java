package no.los.consumption;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.EventTopic;
import no.los.platform.test.TopicRecords;

/** consent-service's events, sent to the real broker. */
public final class ConsentEvents {

    public static final String APP = "VISUALISATION_APP";
    private static final String SOURCE = "/los/consent-service";

    private ConsentEvents() {
    }

    /** The consent given; returns the event id. Does not wait. */
    public static String given(UUID customer, String purpose) {
        String eventId = UUID.randomUUID().toString();
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), eventId, SOURCE,
                "no.los.consent.given.v1", customer.toString(), """
                {"customerId":"%s","purpose":"%s","channel":"APP","noticeVersion":"2026-01","givenAt":"%s"}"""
                        .formatted(customer, purpose, OffsetDateTime.now())));
        return eventId;
    }

    /** The app consent given, once consumption-service has registered the customer for the app. */
    public static void appConsentGiven(UUID customer) {
        given(customer, APP);
        ConsumptionDatabase.awaitCount("the app registration", 1,
                "select count(*) from app_registration where customer_id = ?", customer);
    }

    /** A withdrawal record, to be sent (once or more) with {@link TopicRecords#send}. */
    public static ProducerRecord<String, byte[]> withdrawn(String eventId, UUID customer, String purpose) {
        return TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), eventId, SOURCE,
                "no.los.consent.withdrawn.v1", customer.toString(), """
                {"customerId":"%s","purpose":"%s","channel":"APP","withdrawnAt":"%s"}"""
                        .formatted(customer, purpose, OffsetDateTime.now()));
    }
}
