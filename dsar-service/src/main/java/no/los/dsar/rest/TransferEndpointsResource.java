package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.transfer.TransferEndpoint;
import no.los.dsar.transfer.TransferEndpoints;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

@Path("/transfer-endpoints")
@Tag(name = "Transfer endpoints", description = "The privacy officer's allow-list of controllers a person's "
        + "export may be sent to directly")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class TransferEndpointsResource {

    @Inject
    TransferEndpoints endpoints;

    @POST
    @Operation(summary = "Add a receiver to the allow-list", description = "Its URL must be https.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferEndpointView.class)))
    public Response addReceiver(@NotNull @Valid TransferEndpointForm form, @Context UriInfo uri) {
        TransferEndpoint added = endpoints.add(form.description());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(TransferEndpointView.of(added)).build();
    }

    @GET
    @Operation(summary = "Every receiver on the allow-list, active or not, by name")
    @APIResponse(responseCode = "200", description = "The receivers")
    public Page<TransferEndpointView> listReceivers(@Valid @BeanParam PageQuery page) {
        return page.slice(endpoints.all().stream().map(TransferEndpointView::of).toList(), e -> e.id().toString());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One receiver")
    @APIResponse(responseCode = "200", description = "The receiver")
    public TransferEndpointView getReceiver(@PathParam("id") UUID id) {
        return endpoints.find(id).map(TransferEndpointView::of)
                .orElseThrow(() -> new NotFoundProblem("Transfer endpoint"));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a receiver, or deactivate it", description = "Transfers already made keep the "
            + "name and URL the receiver had then.")
    @APIResponse(responseCode = "200", description = "Changed")
    public TransferEndpointView changeReceiver(@PathParam("id") UUID id, @NotNull @Valid TransferEndpointForm form) {
        return TransferEndpointView.of(endpoints.change(id, form.description()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a receiver no transfer has gone to")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Transfers have gone to it; deactivate it instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void removeReceiver(@PathParam("id") UUID id) {
        endpoints.remove(id);
    }
}
