package no.los.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event catalogue in {@code docs/events} and the code cannot drift apart: every event type has
 * a JSON Schema and an AsyncAPI message, and no schema admits a property that smells of personal data.
 */
class EventCatalogueTest {

    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final Set<String> PERSONAL = Set.of("name", "email", "phone", "address", "street", "national",
            "birth", "postal");

    @Test
    void everyEventTypeHasASchemaAndAnAsyncApiMessage() throws IOException {
        String asyncApi = Files.readString(DOCS.resolve("asyncapi.yaml"));
        for (String type : eventTypes()) {
            assertTrue(Files.exists(schemaOf(type)), "schema for " + type);
            assertTrue(asyncApi.contains("name: " + type), "AsyncAPI message for " + type);
            assertTrue(asyncApi.contains("./schemas/" + type + ".json"), "AsyncAPI payload reference for " + type);
        }
    }

    @Test
    void everySchemaBelongsToAnEventType() throws IOException {
        try (Stream<Path> files = Files.list(DOCS.resolve("schemas"))) {
            Set<String> documented = files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(eventTypes()), documented);
        }
    }

    @Test
    void schemasAreClosedAndCarryNoPersonalData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String type : eventTypes()) {
            JsonNode schema = json.readTree(schemaOf(type).toFile());
            assertFalse(schema.path("additionalProperties").asBoolean(true), type + " forbids unlisted properties");
            schema.path("properties").fieldNames().forEachRemaining(property -> PERSONAL.forEach(
                    word -> assertFalse(property.toLowerCase().contains(word), type + " has property " + property)));
        }
    }

    @Test
    void typeNamesAreVersioned() {
        eventTypes().forEach(type -> assertTrue(type.matches("no\\.los\\.[a-z-]+\\.[a-z-]+\\.v\\d+"), type));
    }

    private static Path schemaOf(String type) {
        return DOCS.resolve("schemas").resolve(type + ".json");
    }

    private static Set<String> eventTypes() {
        Set<String> types = new TreeSet<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    types.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return types;
    }
}
