package no.los.platform.rights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.los.platform.accesslog.AccessLogged;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

/**
 * The REST side of the rights contract, the same in every service: the data map for the privacy
 * officer, and the person's part for dsar-service to fetch once the service has answered a request.
 */
@Path("/")
@Tag(name = "Rights of the data subject", description = "The service's data map, and its part of access and portability requests")
public class RightsResource {

    /** Newline-delimited JSON: one object per line, so a large export streams. */
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    RightsProtocol protocol;

    @Inject
    RightsCollector collector;

    @Inject
    ObjectMapper json;

    @GET
    @Path("data-map")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "The categories of personal data this service holds, with purpose, legal basis, source, recipients, retention and safeguards")
    @APIResponse(responseCode = "200", description = "The data map", content = @Content(schema = @Schema(implementation = DataMap.class)))
    public DataMap dataMap() {
        participant();
        return protocol.dataMap();
    }

    @GET
    @Path("rights/customers/{customerId}/access")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RIGHTS_COLLECTOR)
    @AccessLogged(category = "all")
    @Operation(summary = "The person's part of an access report: every category of the data map with its records (dsar-service only)")
    @APIResponse(responseCode = "200", description = "The part", content = @Content(schema = @Schema(implementation = AccessPart.class)))
    public AccessPart accessPart(@PathParam("customerId") UUID customerId) {
        collector.requireCollector();
        participant();
        return protocol.access(customerId);
    }

    @GET
    @Path("rights/customers/{customerId}/portable")
    @Produces(NDJSON)
    @RolesAllowed(Roles.RIGHTS_COLLECTOR)
    @AccessLogged(category = "portable")
    @Operation(summary = "The person's portable data (Art. 20), streamed: a line per category, then a line per record (dsar-service only)")
    @APIResponse(responseCode = "200", description = "Lines of {\"category\": name} and {\"record\": {...}}",
            content = @Content(mediaType = NDJSON))
    public StreamingOutput portablePart(@PathParam("customerId") UUID customerId) {
        collector.requireCollector();
        DataSubjectRights rights = participant();
        return output -> {
            try (NdjsonWriter writer = new NdjsonWriter(output)) {
                rights.export(customerId, writer);
            }
        };
    }

    private DataSubjectRights participant() {
        return protocol.participant().orElseThrow(() -> new NotFoundProblem("This service holds no personal data"));
    }

    /**
     * Writes each category and record as one line of JSON through one generator, which buffers, so that
     * a line is not a write of its own on the response; the output itself stays open.
     */
    private final class NdjsonWriter implements PortableWriter, AutoCloseable {
        private final JsonGenerator generator;
        private final ObjectWriter lines = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        private boolean written;

        NdjsonWriter(OutputStream output) throws IOException {
            generator = json.getFactory().createGenerator(output);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(new SerializedString("\n"));
        }

        @Override
        public void category(String name) {
            line(Map.of("category", name));
        }

        @Override
        public void record(Map<String, Object> record) {
            line(Map.of("record", record));
        }

        private void line(Object value) {
            try {
                lines.writeValue(generator, value);
                written = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the last line and hands on what is buffered. */
        @Override
        public void close() throws IOException {
            if (written) {
                generator.writeRaw('\n');
            }
            generator.close();
        }
    }
}
