package no.los.platform.outbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.CloudEventHeaders;

/** One unpublished outbox row, as the relay reads it. */
record OutboxRow(long position, String id, String topic, String key, String type, String time, String payload) {

    ProducerRecord<String, byte[]> toRecord(String source) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                payload.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.ID, id);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.SOURCE, source);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.TYPE, type);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.SUBJECT, key);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.TIME, time);
        CloudEventHeaders.write(record.headers(), CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }
}
