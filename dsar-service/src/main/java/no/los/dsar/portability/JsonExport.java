package no.los.dsar.portability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.dsar.DataSubjectRequest;

/**
 * The JSON export: one document, {@code {requestId, customerId, generatedAt, services: {<service>:
 * {<category>: [records...]}}}}, written with Jackson's streaming generator as the parts arrive, so a
 * year of hourly readings passes through without ever being held in memory.
 */
@ApplicationScoped
class JsonExport implements ExportWriter {

    @Inject
    PortableParts parts;

    @Inject
    ObjectMapper json;

    @Override
    public void write(DataSubjectRequest request, OutputStream output) throws IOException {
        try (JsonGenerator out = json.createGenerator(output)) {
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("requestId", request.id().toString());
            out.writeStringField("customerId", request.customerId().toString());
            out.writeStringField("generatedAt", OffsetDateTime.now().toString());
            out.writeObjectFieldStart("services");
            for (String service : parts.services()) {
                out.writeObjectFieldStart(service);
                CategoryArrays arrays = new CategoryArrays(out);
                parts.read(service, request.customerId(), arrays);
                arrays.endCurrent();
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    /** Each category of a service as an array of its records. */
    private static final class CategoryArrays implements PortableSink {
        private final JsonGenerator out;
        private boolean open;

        CategoryArrays(JsonGenerator out) {
            this.out = out;
        }

        @Override
        public void category(String name) {
            try {
                endCurrent();
                out.writeArrayFieldStart(name);
                open = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void record(ObjectNode record) {
            try {
                out.writeTree(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void endCurrent() throws IOException {
            if (open) {
                out.writeEndArray();
                open = false;
            }
        }
    }
}
