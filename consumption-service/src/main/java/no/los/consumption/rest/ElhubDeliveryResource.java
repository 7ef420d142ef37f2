package no.los.consumption.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consumption.intake.DeliveryIntake;
import no.los.platform.http.BulkIntake;
import no.los.platform.security.Roles;

@Path("/readings/deliveries")
@Tag(name = "Readings", description = "Hourly consumption per metering point, the invoicing basis")
public class ElhubDeliveryResource {

    /** Newline-delimited JSON: one JSON object per line. */
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    DeliveryIntake intake;

    @POST
    @BulkIntake(streamed = true)
    @RolesAllowed(Roles.BILLING)
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an Elhub delivery", description = "Many metering points' days in one streamed "
            + "upload, one line per metering point and Norwegian day, hourly (PT60M: 23, 24 or 25 values) or per "
            + "quarter hour (PT15M: 92, 96 or 100 values). A day already stored is replaced (a correction), and kept "
            + "as it stood in the correction history when a value changed; quarters are also summed to hours. A metering point "
            + "that is not ours, a day no contract of ours covers, a changed resolution or a malformed line refuses "
            + "that metering point as a whole: nothing of it is stored, and the receipt names its first bad line. "
            + "The rest is stored in one transaction. A body that is not NDJSON, or a line without an 18-digit "
            + "meteringPointId, is a 400 and stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = MeteringPointDay.class)))
    @APIResponse(responseCode = "200", description = "Stored, with what was refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryReceiptView.class)))
    public DeliveryReceiptView receiveDelivery(InputStream delivery) {
        return DeliveryReceiptView.of(intake.receive(delivery));
    }
}
