package no.los.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a published event against the catalogue in {@code docs/events}: the CloudEvents headers,
 * and a payload with exactly the properties its JSON Schema lists (so no field, personal or not,
 * can be added to an event without the catalogue saying so), required ones present, enums and
 * patterns kept.
 */
public final class EventSchemas {

    private static final Path SCHEMAS = Path.of("..", "docs", "events", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    public static void assertConforms(ConsumerRecord<String, byte[]> record) {
        String type = TopicRecords.header(record, "ce_type");
        assertEquals("1.0", TopicRecords.header(record, "ce_specversion"));
        assertEquals("application/json", TopicRecords.header(record, "content-type"));
        assertEquals(record.key(), TopicRecords.header(record, "ce_subject"), "the key is the subject");
        for (String header : Set.of("ce_id", "ce_source", "ce_type", "ce_time")) {
            assertTrue(TopicRecords.header(record, header) != null, type + " has " + header);
        }
        JsonNode schema = read(SCHEMAS.resolve(type + ".json"));
        JsonNode payload;
        try {
            payload = JSON.readTree(TopicRecords.value(record));
        } catch (IOException e) {
            throw new AssertionError(type + " data is not JSON", e);
        }
        JsonNode properties = schema.path("properties");
        Set<String> declared = names(properties);
        Set<String> present = names(payload);
        assertTrue(declared.containsAll(present), type + " carries properties its schema does not list: " + present);
        schema.path("required").forEach(required -> assertTrue(present.contains(required.asText()),
                type + " lacks required " + required.asText()));
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode value = payload.get(property.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            JsonNode allowed = property.getValue().get("enum");
            if (allowed != null) {
                boolean listed = false;
                for (JsonNode option : allowed) {
                    listed |= option.asText().equals(value.asText());
                }
                assertTrue(listed, type + "." + property.getKey() + " is outside its enum");
            }
            JsonNode pattern = property.getValue().get("pattern");
            if (pattern != null) {
                assertTrue(value.asText().matches(pattern.asText()), type + "." + property.getKey() + " breaks its pattern");
            }
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        Iterator<String> fields = object.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("no schema at " + file, e);
        }
    }
}
