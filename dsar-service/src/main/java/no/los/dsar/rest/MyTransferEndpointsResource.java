package no.los.dsar.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.transfer.TransferEndpoints;
import no.los.platform.security.Roles;

@Path("/me/transfer-endpoints")
@Tag(name = "My portable data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MyTransferEndpointsResource {

    @Inject
    TransferEndpoints endpoints;

    @GET
    @Operation(summary = "The companies I can have my data sent to directly, by name")
    @APIResponse(responseCode = "200", description = "The active receivers on LOS AS's list")
    public List<ReceiverView> receiversForMe() {
        return endpoints.active().stream().map(ReceiverView::of).toList();
    }
}
