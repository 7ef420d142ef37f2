package no.los.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.los.platform.events.CloudEventHeaders;
import no.los.platform.events.IncomingEvent;

/**
 * Reads CloudEvents from Kafka records (binary mode) and their data into payload records. A
 * tolerant reader: unknown payload fields are ignored so producers can add fields without breaking
 * consumers; a missing attribute or unreadable JSON is poison.
 */
public final class EventReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EventReader() {
    }

    public static IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String id = required(headers, CloudEventHeaders.ID);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String type = required(headers, CloudEventHeaders.TYPE);
        String subject = CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT).orElse(record.key());
        OffsetDateTime time = CloudEventHeaders.read(headers, CloudEventHeaders.TIME).map(EventReader::time).orElse(null);
        return new IncomingEvent(record.topic(), id, source, type, subject, time, data(record.value()));
    }

    /** Reads the event's data as the payload record of its type. */
    public static <T> T dataAs(IncomingEvent event, Class<T> payloadType) {
        try {
            T payload = JSON.treeToValue(event.data(), payloadType);
            if (payload == null) {
                throw new PoisonEventException("event " + event.type() + " has no data");
            }
            return payload;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + event.type() + " does not match " + payloadType.getSimpleName(), e);
        }
    }

    private static String required(Headers headers, String name) {
        return CloudEventHeaders.read(headers, name)
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new PoisonEventException("not a CloudEvent: header " + name + " is missing"));
    }

    private static OffsetDateTime time(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("header ce_time is not an RFC 3339 timestamp");
        }
    }

    private static JsonNode data(byte[] value) {
        if (value == null) {
            throw new PoisonEventException("event has no data");
        }
        try {
            return JSON.readTree(new String(value, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event data is not JSON");
        }
    }
}
