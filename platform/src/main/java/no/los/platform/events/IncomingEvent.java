package no.los.platform.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event received from Kafka, with its CloudEvents attributes read from the record headers.
 *
 * @param topic   the topic it arrived on; its owner is the only service that may have written it
 * @param id      {@code ce_id}; together with {@code source} it identifies the event for deduplication
 * @param source  {@code ce_source}, the producing service
 * @param type    {@code ce_type}
 * @param subject {@code ce_subject}, the customer id
 * @param time    {@code ce_time}
 * @param data    the JSON payload
 */
public record IncomingEvent(String topic, String id, String source, String type, String subject, OffsetDateTime time,
        JsonNode data) {
}
