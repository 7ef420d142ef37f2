package no.los.customer;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TopicRecords;

/** What customer-service published about one customer: read from the real topic, checked against the catalogue. */
public final class CustomerEvents {

    public static final String CONTRACT_STARTED = "no.los.customer.contract-started.v1";
    public static final String CONTRACT_TERMINATED = "no.los.customer.contract-terminated.v1";
    public static final String CONTRACT_CANCELLED = "no.los.customer.contract-cancelled.v1";
    public static final String RELATIONSHIP_ENDED = "no.los.customer.relationship-ended.v1";
    public static final String RECTIFIED = "no.los.customer.rectified.v1";
    public static final String ERASURE_CONFIRMED = "no.los.erasure.confirmed.v1";

    private CustomerEvents() {
    }

    /** Waits for at least {@code count} events of the type about the customer; each conforms to its schema. */
    public static List<ConsumerRecord<String, byte[]>> await(String customerId, String type, int count) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(30), records -> of(records, customerId, type).size() >= count);
        List<ConsumerRecord<String, byte[]>> found = of(read, customerId, type);
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " " + type + " about " + customerId + ", read " + found.size());
        }
        found.forEach(EventSchemas::assertConforms);
        return found;
    }

    /** The one event of the type about the customer, as JSON. */
    public static JsonPath single(String customerId, String type) {
        return JsonPath.from(TopicRecords.value(await(customerId, type, 1).get(0)));
    }

    /** How many events of the type the service committed for the customer: its outbox never forgets one. */
    public static long committed(String customerId, String type) {
        return TestDatabase.number("customer_test",
                "select count(*) from outbox_event where record_key = ? and type = ?", customerId, type);
    }

    private static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records,
            String customerId, String type) {
        return records.stream()
                .filter(record -> customerId.equals(record.key()) && type.equals(TopicRecords.header(record, "ce_type")))
                .toList();
    }
}
