package no.los.dsar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.transfer.TransferEndpoints;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
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
    public Page<ReceiverView> receiversForMe(@Valid @BeanParam PageQuery page) {
        return page.slice(endpoints.active().stream().map(ReceiverView::of).toList(), r -> r.id().toString());
    }
}
