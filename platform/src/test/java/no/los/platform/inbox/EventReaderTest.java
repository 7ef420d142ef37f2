package no.los.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import no.los.platform.events.IncomingEvent;

class EventReaderTest {

    record Payload(UUID customerId, String purpose) {
    }

    @Test
    void readsTheCloudEventAttributesFromTheHeaders() {
        UUID customer = UUID.randomUUID();
        IncomingEvent event = EventReader.read(record(customer, "{\"customerId\":\"" + customer + "\"}", true));
        assertEquals("event-1", event.id());
        assertEquals("/los/consent-service", event.source());
        assertEquals("no.los.consent.given.v1", event.type());
        assertEquals(customer.toString(), event.subject());
    }

    @Test
    void ignoresPayloadFieldsItDoesNotKnow() {
        UUID customer = UUID.randomUUID();
        IncomingEvent event = EventReader.read(record(customer,
                "{\"customerId\":\"" + customer + "\",\"purpose\":\"SURVEYS\",\"addedInV2\":true}", true));
        assertEquals(new Payload(customer, "SURVEYS"), EventReader.dataAs(event, Payload.class));
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsPoison() {
        assertEquals("not a CloudEvent: header ce_id is missing", assertThrows(PoisonEventException.class,
                () -> EventReader.read(record(UUID.randomUUID(), "{}", false))).getMessage());
    }

    @Test
    void dataThatIsNotJsonIsPoison() {
        assertEquals("event data is not JSON", assertThrows(PoisonEventException.class,
                () -> EventReader.read(record(UUID.randomUUID(), "<xml/>", true))).getMessage());
    }

    @Test
    void dataOfTheWrongShapeIsPoison() {
        IncomingEvent event = EventReader.read(record(UUID.randomUUID(), "{\"customerId\":\"not-a-uuid\"}", true));
        assertThrows(PoisonEventException.class, () -> EventReader.dataAs(event, Payload.class));
    }

    private static ConsumerRecord<String, byte[]> record(UUID customer, String json, boolean withHeaders) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("los.consent.events", 0, 0L, customer.toString(),
                json.getBytes(StandardCharsets.UTF_8));
        if (withHeaders) {
            record.headers().add("ce_specversion", bytes("1.0"));
            record.headers().add("ce_id", bytes("event-1"));
            record.headers().add("ce_source", bytes("/los/consent-service"));
            record.headers().add("ce_type", bytes("no.los.consent.given.v1"));
            record.headers().add("ce_subject", bytes(customer.toString()));
            record.headers().add("ce_time", bytes("2026-11-26T05:00:00Z"));
        }
        return record;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
