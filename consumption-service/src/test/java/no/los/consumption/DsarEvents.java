package no.los.consumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import no.los.platform.events.EventTopic;
import no.los.platform.test.TopicRecords;

/** dsar-service's events, sent to the real broker. */
public final class DsarEvents {

    private DsarEvents() {
    }

    /** A data subject's request of the given type was received; returns the event id. */
    public static String requestReceived(UUID request, UUID customer, String requestType) {
        String eventId = UUID.randomUUID().toString();
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.DSAR.topicName(), eventId, "/los/dsar-service",
                "no.los.dsar.request-received.v1", customer.toString(), """
                {"requestId":"%s","customerId":"%s","requestType":"%s","receivedAt":"%s","dueOn":"%s"}"""
                        .formatted(request, customer, requestType, OffsetDateTime.now(), LocalDate.now().plusMonths(1))));
        return eventId;
    }
}
