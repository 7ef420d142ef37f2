package no.los.dsar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.events.EventTopic;
import no.los.platform.test.TopicRecords;

/**
 * A {@code no.los.erasure.confirmed.v1} event as a service's outbox relay publishes it on the
 * service's own topic: a test-data builder, sent to the real broker.
 */
public final class ErasureConfirmed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventTopic topic;
    private final String service;
    private final UUID customer;
    private final String trigger;
    private final UUID requestId;
    private String triggerEventId = UUID.randomUUID().toString();
    private String claimedService;
    private final List<Map<String, Object>> deleted = new ArrayList<>();
    private final List<Map<String, Object>> kept = new ArrayList<>();
    private OffsetDateTime confirmedAt = OffsetDateTime.now();

    private ErasureConfirmed(EventTopic topic, UUID customer, String trigger, UUID requestId) {
        this.topic = topic;
        this.service = topic.name().toLowerCase() + "-service";
        this.customer = customer;
        this.trigger = trigger;
        this.requestId = requestId;
    }

    /** The service publishing on this topic answers an erasure request. */
    public static ErasureConfirmed ofRequest(EventTopic topic, UUID customer, String requestId) {
        return new ErasureConfirmed(topic, customer, "ERASURE_REQUESTED", UUID.fromString(requestId));
    }

    /** The service publishing on this topic answers another trigger. */
    public static ErasureConfirmed on(EventTopic topic, UUID customer, String trigger) {
        return new ErasureConfirmed(topic, customer, trigger, null);
    }

    public ErasureConfirmed triggerEventId(String id) {
        this.triggerEventId = id;
        return this;
    }

    /** Names another service than the topic's owner: a breach of the contract. */
    public ErasureConfirmed claimingToBe(String otherService) {
        this.claimedService = otherService;
        return this;
    }

    public ErasureConfirmed confirmedAt(OffsetDateTime at) {
        this.confirmedAt = at;
        return this;
    }

    public ErasureConfirmed deleted(String category, int count) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("category", category);
        entry.put("count", count);
        deleted.add(entry);
        return this;
    }

    public ErasureConfirmed kept(String category, int count, String reason, LocalDate until) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("category", category);
        entry.put("count", count);
        entry.put("reason", reason);
        entry.put("until", until == null ? null : until.toString());
        kept.add(entry);
        return this;
    }

    public String triggerEventId() {
        return triggerEventId;
    }

    public String service() {
        return service;
    }

    /** The record, under a fresh CloudEvents id. */
    public ProducerRecord<String, byte[]> record() {
        return TopicRecords.cloudEvent(topic.topicName(), UUID.randomUUID().toString(), "/los/" + service,
                "no.los.erasure.confirmed.v1", customer.toString(), data());
    }

    /** Sends it under a fresh CloudEvents id; returns this builder to send it again. */
    public ErasureConfirmed send() {
        TopicRecords.send(record());
        return this;
    }

    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customerId", customer.toString());
        data.put("service", claimedService == null ? service : claimedService);
        data.put("trigger", trigger);
        data.put("triggerEventId", triggerEventId);
        data.put("requestId", requestId == null ? null : requestId.toString());
        data.put("deleted", deleted);
        data.put("kept", kept);
        data.put("confirmedAt", confirmedAt.toString());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
