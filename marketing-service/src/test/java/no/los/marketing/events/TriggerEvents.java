package no.los.marketing.events;

import java.time.LocalDate;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.test.RightsEvents;
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
        TopicRecords.send(RightsEvents.requestReceived(eventId, customer, requestId, requestType));
    }
}
