package no.los.dsar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;
import no.los.platform.test.TopicRecords;

/**
 * A {@code no.los.rights.data-map-announced.v1} event as a service's platform announces it on the
 * service's own topic: a test-data builder, sent to the real broker. The map is a real
 * {@link DataMap}, declared with the platform's builder and written as the platform writes it.
 */
public final class DataMapAnnouncement {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final EventTopic topic;
    private final String service;
    private final List<DataCategory> categories = new ArrayList<>();
    private OffsetDateTime announcedAt = OffsetDateTime.now();
    private String claimedService;
    private String source;
    private JsonNode replacedMap;
    private final String eventId = UUID.randomUUID().toString();

    private DataMapAnnouncement(EventTopic topic) {
        this.topic = topic;
        this.service = topic.owner();
    }

    /** The owner of this topic announces its map. */
    public static DataMapAnnouncement on(EventTopic topic) {
        return new DataMapAnnouncement(topic);
    }

    /** A category of the map, declared as a service would. */
    public DataMapAnnouncement category(DataCategory category) {
        categories.add(category);
        return this;
    }

    /** A complete category with this name, title, retention rule and recipients, for the given purposes. */
    public DataMapAnnouncement category(String name, String title, String retentionRule, List<Recipient> recipients,
            ProcessingPurpose... purposes) {
        return category(DataCategory.named(name)
                .title(title)
                .description("Beskrivelse av " + title.toLowerCase())
                .tables(name.replace('-', '_'))
                .purposes(purposes)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(recipients.toArray(Recipient[]::new))
                .retention(retentionRule, "RetentionJob (los.retention." + name + ")")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles("agent", "privacy-officer")
                .build());
    }

    public DataMapAnnouncement announcedAt(OffsetDateTime at) {
        this.announcedAt = at;
        return this;
    }

    /** The payload names another service than the topic's owner: a breach of the contract. */
    public DataMapAnnouncement claimingToBe(String otherService) {
        this.claimedService = otherService;
        return this;
    }

    /** Another CloudEvents source than the topic owner's. */
    public DataMapAnnouncement fromSource(String otherSource) {
        this.source = otherSource;
        return this;
    }

    /** Something in place of the map that is no data map. */
    public DataMapAnnouncement withMapReplacedBy(JsonNode notAMap) {
        this.replacedMap = notAMap;
        return this;
    }

    public String eventId() {
        return eventId;
    }

    public String service() {
        return service;
    }

    public DataMap dataMap() {
        return DataMap.of(claimedService == null ? service : claimedService, categories);
    }

    /** SHA-256 of the map's JSON, as the platform digests it. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(dataMap()).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record under this builder's event id; keyed by the service, as the platform keys it. */
    public ProducerRecord<String, byte[]> record() {
        String key = UUID.nameUUIDFromBytes(("data-map:" + service).getBytes(StandardCharsets.UTF_8)).toString();
        return TopicRecords.cloudEvent(topic.topicName(), eventId, source == null ? "/los/" + service : source,
                "no.los.rights.data-map-announced.v1", key, data());
    }

    public DataMapAnnouncement send() {
        TopicRecords.send(record());
        return this;
    }

    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", claimedService == null ? service : claimedService);
        data.put("digest", digest());
        data.put("dataMap", replacedMap == null ? JSON.valueToTree(dataMap()) : replacedMap);
        data.put("announcedAt", announcedAt.toString());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object that is no data map: it lacks the service and its categories. */
    public static ObjectNode notADataMap() {
        ObjectNode node = JSON.createObjectNode();
        node.put("categories", "all of them");
        return node;
    }
}
