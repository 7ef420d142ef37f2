package no.los.marketing.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.test.TopicRecords;

/** The erasure triggers customer-service and dsar-service publish, sent to the real broker. */
final class TriggerEvents {

    private TriggerEvents() {
    }

    static void relationshipEnded(String eventId, UUID customer) {
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), eventId, "/los/customer-service",
                "no.los.customer.relationship-ended.v1", customer.toString(),
                """
                {"customerId":"%s","endedOn":"%s","lastContractId":"%s"}"""
                        .formatted(customer, LocalDate.now(), UUID.randomUUID())));
    }

    static void requestReceived(String eventId, UUID requestId, UUID customer, String requestType) {
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.DSAR.topicName(), eventId, "/los/dsar-service",
                "no.los.dsar.request-received.v1", customer.toString(),
                """
                {"requestId":"%s","customerId":"%s","requestType":"%s","receivedAt":"%s","dueOn":"%s"}"""
                        .formatted(requestId, customer, requestType, OffsetDateTime.now(), LocalDate.now().plusMonths(1))));
    }
}
