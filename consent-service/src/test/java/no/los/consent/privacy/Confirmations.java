package no.los.consent.privacy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;

import no.los.consent.ConsentDatabase;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TopicRecords;

/** consent-service's erasure confirmations: how many it wrote, and the one that reached the broker. */
final class Confirmations {

    static final String TYPE = "no.los.erasure.confirmed.v1";

    private Confirmations() {
    }

    /** How many confirmations about the customer the service wrote (its outbox keeps them as proof). */
    static long written(UUID customer) {
        return ConsentDatabase.outboxEvents(customer, TYPE);
    }

    /** The customer's confirmations on the topic, read until {@code expected} arrived; each checked by its schema. */
    static List<JsonPath> published(UUID customer, int expected) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(30), records -> of(records, customer).size() >= expected);
        List<ConsumerRecord<String, byte[]>> mine = of(read, customer);
        mine.forEach(EventSchemas::assertConforms);
        return mine.stream().map(r -> JsonPath.from(TopicRecords.value(r))).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records,
            UUID customer) {
        return records.stream()
                .filter(r -> customer.toString().equals(r.key()))
                .filter(r -> TYPE.equals(TopicRecords.header(r, "ce_type")))
                .toList();
    }
}
