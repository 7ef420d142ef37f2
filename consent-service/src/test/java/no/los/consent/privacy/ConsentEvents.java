package no.los.consent.privacy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TopicRecords;

/** The consent events about one customer that reached the broker, each checked by its schema. */
final class ConsentEvents {

    static final String WITHDRAWN = "no.los.consent.withdrawn.v1";
    static final String GIVEN = "no.los.consent.given.v1";

    private ConsentEvents() {
    }

    /** The customer's events of this type on the topic, read until {@code expected} arrived, oldest first. */
    static List<JsonPath> published(UUID customer, String type, int expected) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(30), records -> of(records, customer, type).size() >= expected);
        List<ConsumerRecord<String, byte[]>> mine = of(read, customer, type);
        mine.forEach(EventSchemas::assertConforms);
        return mine.stream().map(r -> JsonPath.from(TopicRecords.value(r))).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records,
            UUID customer, String type) {
        return records.stream()
                .filter(r -> customer.toString().equals(r.key()))
                .filter(r -> type.equals(TopicRecords.header(r, "ce_type")))
                .toList();
    }
}
