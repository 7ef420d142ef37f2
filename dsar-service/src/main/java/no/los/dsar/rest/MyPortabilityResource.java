package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.portability.ExportFormat;
import no.los.dsar.portability.PortabilityExports;
import no.los.dsar.transfer.DirectTransfers;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

@Path("/me/requests")
@Tag(name = "My portable data", description = "The signed-in customer takes their data along (Art. 20): "
        + "downloads it, or has it sent to another company")
@RolesAllowed(Roles.CUSTOMER)
public class MyPortabilityResource {

    @Inject
    PortabilityExports exports;

    @Inject
    DirectTransfers transfers;

    @Inject
    Requesters requesters;

    @GET
    @Path("/{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, "application/zip", "application/atom+xml" })
    @Operation(summary = "Download my data from a completed portability request",
            description = "json: one document of every service's portable categories. csv: a ZIP of one CSV file "
                    + "per category. green-button: my hourly consumption as a Green Button (NAESB ESPI) feed. "
                    + "Built from every service when asked for; Repr-Digest carries its SHA-256.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = "application/zip"),
            @Content(mediaType = "application/atom+xml") })
    @APIResponse(responseCode = "409", description = "Not a portability request, or not completed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "A service cannot deliver its part; nothing is handed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response exportMine(@PathParam("id") UUID id, @QueryParam("format") @Parameter(required = true,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "green-button" })) String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        return ExportResponse.of(exports.download(id, chosen, requesters.dataSubject()));
    }

    @POST
    @Path("/{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Have my data from a completed portability request sent to another company",
            description = "Only to a receiver on LOS AS's list (GET /me/transfer-endpoints). The export goes over "
                    + "HTTPS with a manifest signed by LOS AS naming my customer id as the reference.")
    @APIResponse(responseCode = "201", description = "Delivered", content = @Content(
            schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "409", description = "Not a portability request, or not completed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "502", description = "The receiver did not take it; recorded as FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "A service cannot deliver its part, or transfer is not set up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response transferMine(@PathParam("id") UUID id, @NotNull @Valid NewTransfer transfer) {
        ExportFormat chosen = ExportFormat.parse(transfer.format());
        return Response.status(Response.Status.CREATED)
                .entity(TransferView.of(transfers.send(id, transfer.endpointId(), chosen, requesters.dataSubject())))
                .build();
    }

    @GET
    @Path("/{id}/transfers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where my data from a request has been sent, and how it went")
    @APIResponse(responseCode = "200", description = "The transfers, the first first")
    public Page<TransferView> myTransfers(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return page.slice(transfers.ofRequest(id, requesters.dataSubject()).stream().map(TransferView::of).toList(),
                t -> t.id().toString());
    }
}
