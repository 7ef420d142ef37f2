package no.los.consumption;

import java.util.UUID;

import no.los.platform.test.RightsEvents;
import no.los.platform.test.TopicRecords;

/** dsar-service's events, sent to the real broker. */
public final class DsarEvents {

    private DsarEvents() {
    }

    /** A data subject's request of the given type was received; returns the event id. */
    public static String requestReceived(UUID request, UUID customer, String requestType) {
        String eventId = UUID.randomUUID().toString();
        TopicRecords.send(RightsEvents.requestReceived(eventId, customer, request, requestType));
        return eventId;
    }
}
