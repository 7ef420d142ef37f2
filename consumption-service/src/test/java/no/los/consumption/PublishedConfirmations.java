package no.los.consumption;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TopicRecords;

/** The erasure confirmations consumption-service published, read from its topic and checked against the schema. */
public final class PublishedConfirmations {

    private static final String TYPE = "no.los.erasure.confirmed.v1";

    private PublishedConfirmations() {
    }

    /** Waits for the first confirmation about the customer, checks it against the catalogue and returns it. */
    public static JsonPath awaitFirst(UUID customer) {
        List<ConsumerRecord<String, byte[]>> mine = read(customer, 1);
        assertFalse(mine.isEmpty(), "a confirmation about the customer was published");
        EventSchemas.assertConforms(mine.get(0));
        return JsonPath.from(TopicRecords.value(mine.get(0)));
    }

    /** The confirmations about the customer published so far (reading for a few seconds), each checked. */
    public static List<JsonPath> all(UUID customer, int atLeast) {
        List<ConsumerRecord<String, byte[]>> mine = read(customer, atLeast);
        mine.forEach(EventSchemas::assertConforms);
        return mine.stream().map(record -> JsonPath.from(TopicRecords.value(record))).toList();
    }

    /** How many confirmations about the customer the outbox holds, published or not: the exact count. */
    public static long inOutbox(UUID customer) {
        return ConsumptionDatabase.count("select count(*) from outbox_event where type = ? and record_key = ?", TYPE,
                customer.toString());
    }

    /** The count of a deleted or kept category, e.g. {@code count(confirmation, "deleted", "app-profile")}. */
    public static int count(JsonPath confirmation, String list, String category) {
        List<Map<String, Object>> entries = confirmation.getList(list);
        return entries.stream().filter(entry -> category.equals(entry.get("category")))
                .map(entry -> ((Number) entry.get("count")).intValue())
                .findFirst().orElseThrow(() -> new AssertionError(list + " lacks " + category));
    }

    /** One kept category, as a map with count, reason and until. */
    public static Map<String, Object> kept(JsonPath confirmation, String category) {
        List<Map<String, Object>> entries = confirmation.getList("kept");
        return entries.stream().filter(entry -> category.equals(entry.get("category"))).findFirst()
                .orElseThrow(() -> new AssertionError("kept lacks " + category));
    }

    private static List<ConsumerRecord<String, byte[]>> read(UUID customer, int atLeast) {
        return TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(), Duration.ofSeconds(20),
                read -> mine(read, customer).size() >= atLeast).stream()
                .filter(record -> customer.toString().equals(record.key()))
                .filter(record -> TYPE.equals(TopicRecords.header(record, "ce_type")))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> read, UUID customer) {
        return read.stream().filter(record -> customer.toString().equals(record.key()))
                .filter(record -> TYPE.equals(TopicRecords.header(record, "ce_type"))).toList();
    }
}
