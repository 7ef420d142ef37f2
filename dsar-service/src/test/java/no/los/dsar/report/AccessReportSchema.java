package no.los.dsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published JSON Schema of the access report, {@code docs/rights/access-report.schema.json}. */
final class AccessReportSchema {

    static final Path FILE = Path.of("..", "docs", "rights", "access-report.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessReportSchema() {
    }

    static JsonNode document() {
        try {
            return JSON.readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the report, one line each; empty when it conforms. */
    static Set<String> violations(JsonNode report) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document());
        return schema.validate(report).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void assertConforms(String report) {
        try {
            assertEquals(Set.of(), violations(JSON.readTree(report)), "the report keeps its published schema");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
