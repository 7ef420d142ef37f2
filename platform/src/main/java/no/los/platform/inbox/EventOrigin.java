package no.los.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import no.los.platform.events.EventTopic;
import no.los.platform.events.IncomingEvent;

/**
 * Checks, before an event is handled, that it comes from its topic's owner and is about one person:
 * {@code ce_source} is the owner's source, and the record key, {@code ce_subject} and a payload's
 * {@code customerId} agree. A handler can then trust who sent an event by the topic it came from,
 * never by what the payload says.
 */
final class EventOrigin {

    private static final String CUSTOMER_ID = "customerId";

    private EventOrigin() {
    }

    /** @throws ForgedEventException when the event breaks one of the rules */
    static void verify(IncomingEvent event, String recordKey) {
        EventTopic topic = EventTopic.named(event.topic())
                .orElseThrow(() -> new ForgedEventException("the topic is not one of the suite's"));
        if (!topic.source().equals(event.source())) {
            throw new ForgedEventException("ce_source is not " + topic.source() + ", the owner of " + topic.topicName());
        }
        if (recordKey != null && !recordKey.equals(event.subject())) {
            throw new ForgedEventException("the record key and ce_subject differ");
        }
        JsonNode customerId = event.data().get(CUSTOMER_ID);
        if (customerId != null && !customerId.isNull() && !customerId.asText().equals(event.subject())) {
            throw new ForgedEventException("the payload's customerId and ce_subject differ");
        }
    }
}
