package no.los.marketing.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TopicRecords;

/** Reads marketing's erasure confirmations as dsar-service would: from the topic, checked against the catalogue. */
final class Confirmations {

    static final String TYPE = "no.los.erasure.confirmed.v1";

    private Confirmations() {
    }

    /** The confirmation answering this trigger for this customer; fails if none is published in time. */
    static JsonPath answering(UUID customer, String triggerEventId) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.MARKETING.topicName(),
                Duration.ofSeconds(30), records -> find(records, customer, triggerEventId).isPresent());
        ConsumerRecord<String, byte[]> confirmation = find(read, customer, triggerEventId)
                .orElseThrow(() -> new AssertionError("no confirmation of trigger " + triggerEventId));
        EventSchemas.assertConforms(confirmation);
        return JsonPath.from(TopicRecords.value(confirmation));
    }

    /**
     * Every confirmation about the customer, read until the one answering {@code lastTrigger}: one
     * partition keeps a customer's events in order, so nothing about them published before it is missed.
     */
    static List<JsonPath> allUpTo(UUID customer, String lastTrigger) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.MARKETING.topicName(),
                Duration.ofSeconds(30), records -> find(records, customer, lastTrigger).isPresent());
        if (find(read, customer, lastTrigger).isEmpty()) {
            throw new AssertionError("no confirmation of trigger " + lastTrigger);
        }
        return read.stream()
                .filter(record -> isConfirmationAbout(record, customer))
                .peek(EventSchemas::assertConforms)
                .map(record -> JsonPath.from(TopicRecords.value(record)))
                .toList();
    }

    /** How many confirmations for the customer the service has written to its outbox, published or not. */
    static long written(UUID customer) {
        return TestDatabase.number("marketing_test",
                "select count(*) from outbox_event where record_key = ? and type = ?", customer.toString(), TYPE);
    }

    /** How many confirmations name this trigger, whoever they are about. */
    static long naming(String triggerEventId) {
        return TestDatabase.number("marketing_test",
                "select count(*) from outbox_event where type = ? and payload ->> 'triggerEventId' = ?", TYPE,
                triggerEventId);
    }

    static int deleted(JsonPath confirmation, String category) {
        return confirmation.getInt("deleted.find { it.category == '" + category + "' }.count");
    }

    private static Optional<ConsumerRecord<String, byte[]>> find(List<ConsumerRecord<String, byte[]>> records,
            UUID customer, String triggerEventId) {
        return records.stream()
                .filter(record -> isConfirmationAbout(record, customer))
                .filter(record -> triggerEventId.equals(
                        JsonPath.from(TopicRecords.value(record)).getString("triggerEventId")))
                .findFirst();
    }

    private static boolean isConfirmationAbout(ConsumerRecord<String, byte[]> record, UUID customer) {
        return customer.toString().equals(record.key()) && TYPE.equals(TopicRecords.header(record, "ce_type"));
    }
}
