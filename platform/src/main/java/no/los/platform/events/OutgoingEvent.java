package no.los.platform.events;

import java.util.Objects;
import java.util.UUID;

/**
 * An event a service wants to publish. It carries ids and non-personal attributes only: names,
 * national ID numbers, e-mail addresses, phone numbers and street addresses never travel in events.
 *
 * @param topic      where it goes
 * @param type       the versioned CloudEvents type, e.g. {@code no.los.consent.withdrawn.v1}
 * @param customerId the opaque customer id: the record key and the CloudEvents subject
 * @param data       the payload, serialised as JSON
 */
public record OutgoingEvent(EventTopic topic, String type, UUID customerId, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(data, "data");
        if (type == null || !type.matches("no\\.los\\.[a-z-]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("event type must look like no.los.<service>.<event>.v<n>");
        }
    }
}
