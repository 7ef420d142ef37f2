package no.los.consent.privacy;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.EventTopic;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TopicRecords;

/** The erasure triggers other services publish, as records on the real broker. */
final class TriggerEvents {

    private TriggerEvents() {
    }

    /** {@code no.los.customer.relationship-ended.v1}, as customer-service publishes it. */
    static ProducerRecord<String, byte[]> relationshipEnded(String eventId, UUID customer, LocalDate endedOn) {
        return TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), eventId, "/los/customer-service",
                "no.los.customer.relationship-ended.v1", customer.toString(), """
                {"customerId":"%s","endedOn":"%s","lastContractId":"%s"}"""
                        .formatted(customer, endedOn, UUID.randomUUID()));
    }

    /** {@code no.los.customer.contract-started.v1}, as customer-service publishes it. */
    static ProducerRecord<String, byte[]> contractStarted(String eventId, UUID customer, LocalDate startsOn) {
        return TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), eventId, "/los/customer-service",
                "no.los.customer.contract-started.v1", customer.toString(), """
                {"customerId":"%s","contractId":"%s","meteringPointId":"707057500000000018","contractType":"SPOT",\
                "startsOn":"%s"}"""
                        .formatted(customer, UUID.randomUUID(), startsOn));
    }

    /** {@code no.los.dsar.request-received.v1}, as dsar-service publishes it. */
    static ProducerRecord<String, byte[]> requestReceived(String eventId, UUID customer, UUID requestId,
            String requestType) {
        return RightsEvents.requestReceived(eventId, customer, requestId, requestType);
    }
}
