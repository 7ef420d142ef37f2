package no.los.dsar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.records.RecordsOfProcessing;
import no.los.dsar.records.RecordsOfProcessingGenerator;
import no.los.platform.security.Roles;

@Path("/records-of-processing")
@Tag(name = "Records of processing", description = "The records of processing activities (GDPR Art. 30), generated "
        + "from the services' data maps and the processor register")
public class RecordsOfProcessingResource {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    RecordsOfProcessingGenerator generator;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "The records of processing activities, generated now from the live data maps",
            description = "As JSON, or as a readable page in Norwegian when text/html is asked for first. Names the "
                    + "controller, its delegate and the data protection officer, then per purpose the categories of "
                    + "data subjects and personal data, legal basis, source, recipients (processors resolved against "
                    + "the register), transfers to third countries, retention and security measures; and which data "
                    + "maps it was built from, with remarks on what is missing.")
    @APIResponse(responseCode = "200", description = "The records", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordsOfProcessing.class)),
            @Content(mediaType = MediaType.TEXT_HTML) })
    public Response recordsOfProcessing(@Context HttpHeaders headers) {
        RecordsOfProcessing records = generator.generate();
        if (asksForHtmlFirst(headers)) {
            return Response.ok(RecordsOfProcessingPage.render(records), HTML).build();
        }
        return Response.ok(records, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first acceptable type that either representation satisfies decides; a wildcard gets JSON. */
    private static boolean asksForHtmlFirst(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (MediaType.TEXT_HTML_TYPE.isCompatible(acceptable)) {
                return true;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(acceptable)) {
                return false;
            }
        }
        return false;
    }
}
