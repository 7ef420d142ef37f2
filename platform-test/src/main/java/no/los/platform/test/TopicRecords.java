package no.los.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;


import no.los.platform.events.EventTopic;

/** Reads and writes raw records on the test broker, the way another service or an intruder would. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Reads the topic from the beginning until {@code done} holds for what was read, or the time is up. */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> settings = new HashMap<>(KafkaBroker.shared().observerSettings());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !done.test(read)) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    /**
     * Sends one raw record with the credentials of the topic's owner, the only principal the broker
     * lets write it, and waits for the acknowledgement; returns where it landed.
     */
    public static RecordMetadata send(ProducerRecord<String, byte[]> record) {
        String owner = EventTopic.named(record.topic()).map(EventTopic::owner)
                .orElseThrow(() -> new IllegalArgumentException(record.topic() + " is not a topic of the suite"));
        return sendAs(owner, record);
    }

    /** Sends one raw record as this principal and waits for the broker's acknowledgement or refusal. */
    public static RecordMetadata sendAs(String principal, ProducerRecord<String, byte[]> record) {
        Map<String, Object> settings = new HashMap<>(KafkaBroker.shared().clientSettings(principal));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker refused a record", e);
        }
    }

    /** The same record, sent to a given partition (to stand behind another record in one partition). */
    public static ProducerRecord<String, byte[]> onPartition(ProducerRecord<String, byte[]> record, int partition) {
        return new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers());
    }

    /** A copy of a consumed record, to deliver it a second time. */
    public static ProducerRecord<String, byte[]> again(ConsumerRecord<String, byte[]> record) {
        return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(), record.headers());
    }

    /** A CloudEvent in Kafka binary mode, as another service's outbox relay would publish it. */
    public static ProducerRecord<String, byte[]> cloudEvent(String topic, String id, String source, String type,
            String customerId, String jsonData) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, customerId,
                jsonData.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(id));
        record.headers().add("ce_source", bytes(source));
        record.headers().add("ce_type", bytes(type));
        record.headers().add("ce_subject", bytes(customerId));
        record.headers().add("ce_time", bytes(Instant.now().toString()));
        record.headers().add("content-type", bytes("application/json"));
        return record;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A header's value as text, or null, of a record about to be sent. */
    public static String header(ProducerRecord<String, byte[]> record, String name) {
        return header(record.headers(), name);
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        return header(record.headers(), name);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
