package no.los.dsar;

import java.time.OffsetDateTime;
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
 * A {@code no.los.rights.answered.v1} event as a service's outbox relay publishes it on the service's
 * own topic, when the platform has answered a request (or lifted a restriction): a test-data builder,
 * sent to the real broker.
 */
public final class RightsAnswered {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventTopic topic;
    private final UUID customer;
    private final String requestId;
    private final String requestType;
    private UUID claimedCustomer;
    private String claimedService;
    private List<String> categories = List.of("customer-identity");
    private String eventType = "no.los.rights.answered.v1";

    private RightsAnswered(EventTopic topic, UUID customer, String requestId, String requestType) {
        this.topic = topic;
        this.customer = customer;
        this.requestId = requestId;
        this.requestType = requestType;
    }

    /** The owner of this topic answers the request. */
    public static RightsAnswered to(EventTopic topic, UUID customer, String requestId, String requestType) {
        return new RightsAnswered(topic, customer, requestId, requestType);
    }

    public RightsAnswered categories(String... names) {
        this.categories = List.of(names);
        return this;
    }

    /** The service's confirmation that it lifted a restriction ({@code no.los.rights.restriction-lifted.v1}). */
    public RightsAnswered asLiftConfirmation() {
        this.eventType = "no.los.rights.restriction-lifted.v1";
        return this;
    }

    /** Names another service than the topic's owner: a breach of the contract. */
    public RightsAnswered claimingToBe(String otherService) {
        this.claimedService = otherService;
        return this;
    }

    /** Names another customer than the request's: a breach of the contract. */
    public RightsAnswered aboutCustomer(UUID otherCustomer) {
        this.claimedCustomer = otherCustomer;
        return this;
    }

    /** The record, under a fresh CloudEvents id, keyed by the request's customer. */
    public ProducerRecord<String, byte[]> record() {
        return TopicRecords.cloudEvent(topic.topicName(), UUID.randomUUID().toString(), "/los/" + topic.owner(),
                eventType, customer.toString(), data());
    }

    public RightsAnswered send() {
        TopicRecords.send(record());
        return this;
    }

    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId);
        data.put("customerId", (claimedCustomer == null ? customer : claimedCustomer).toString());
        data.put("service", claimedService == null ? topic.owner() : claimedService);
        data.put("requestType", requestType);
        data.put("categories", categories);
        data.put("answeredAt", OffsetDateTime.now().toString());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
