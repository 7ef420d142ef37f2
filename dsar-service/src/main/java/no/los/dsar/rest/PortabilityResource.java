package no.los.dsar.rest;

import java.util.List;
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
import no.los.dsar.service.RequestFollowUp;
import no.los.dsar.transfer.DirectTransfers;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

/**
 * Staff's side of portability: the privacy officer downloads the export of any completed
 * portability request and sends it on the person's behalf (a request that came by letter or
 * e-mail); a customer-service agent downloads only the export of a request they registered
 * themselves, to hand it to the person, and sends nothing.
 */
@Path("/requests")
@Tag(name = "Portable data", description = "Exports and direct transfers of portability requests (Art. 20)")
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class PortabilityResource {

    @Inject
    PortabilityExports exports;

    @Inject
    DirectTransfers transfers;

    @Inject
    Requesters requesters;

    @Inject
    RequestFollowUp followUp;

    @Inject
    AccessLogContext accessLog;

    @AccessLogged(category = "export-downloads", customer = "")
    @GET
    @Path("/{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, "application/zip", "application/atom+xml" })
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.AGENT })
    @Operation(summary = "The export of a completed portability request",
            description = "Formats as for the customer (json, csv, green-button); every download is recorded. "
                    + "An agent reaches only a request they registered; any other is refused (403).")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = "application/zip"),
            @Content(mediaType = "application/atom+xml") })
    @APIResponse(responseCode = "409", description = "Not a portability request, or not completed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "A service cannot deliver its part; nothing is handed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response exportOfRequest(@PathParam("id") UUID id, @QueryParam("format") @Parameter(required = true,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "green-button" })) String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        Response export = ExportResponse.of(exports.download(id, chosen, requesters.staff()));
        followUp.customerOf(id).ifPresent(accessLog::concerns);
        return export;
    }

    @AccessLogged(category = "direct-transfers", customer = "")
    @POST
    @Path("/{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the export of a completed portability request to a receiver on the allow-list",
            description = "On the person's behalf; recorded with the officer as the one who asked.")
    @APIResponse(responseCode = "201", description = "Delivered", content = @Content(
            schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "409", description = "Not a portability request, or not completed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "502", description = "The receiver did not take it; recorded as FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "A service cannot deliver its part, or transfer is not set up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response transferOnBehalf(@PathParam("id") UUID id, @NotNull @Valid NewTransfer transfer) {
        ExportFormat chosen = ExportFormat.parse(transfer.format());
        TransferView sent = TransferView.of(transfers.send(id, transfer.endpointId(), chosen, requesters.privacyOfficer()));
        followUp.customerOf(id).ifPresent(accessLog::concerns);
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    @AccessLogged(category = "direct-transfers", customer = "")
    @GET
    @Path("/{id}/transfers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The transfers of a request, delivered and failed, the first first")
    @APIResponse(responseCode = "200", description = "The transfers")
    public Page<TransferView> transfersOfRequest(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        List<TransferView> found = transfers.ofRequest(id, requesters.privacyOfficer()).stream().map(TransferView::of).toList();
        followUp.customerOf(id).ifPresent(accessLog::concerns);
        return page.slice(found, t -> t.id().toString());
    }
}
