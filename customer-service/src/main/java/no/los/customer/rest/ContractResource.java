package no.los.customer.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.service.ContractCancellation;
import no.los.customer.service.ContractRegistration;
import no.los.customer.service.ContractTermination;
import no.los.customer.service.CustomerContracts;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.Roles;

@Path("/customers/{id}/contracts")
@Tag(name = "Contracts", description = "Supply contracts for the customer's metering points (customer service)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractRegistration registration;

    @Inject
    ContractTermination termination;

    @Inject
    ContractCancellation cancellation;

    @Inject
    CustomerContracts contracts;

    @AccessLogged(category = "contracts", customer = "id")
    @POST
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Start a contract", description = "For one of the customer's metering points; a point has "
            + "at most one contract in force at a time. Announces contract-started.")
    @APIResponse(responseCode = "201", description = "Started; Location names the new contract",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "The metering point already has a contract in force from that day")
    public Response startContract(@PathParam("id") UUID id, @NotNull @Valid StartContractRequest request,
            @Context UriInfo uri) {
        ContractView view = ContractView.of(registration.start(request.toCommand(id)));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    @AccessLogged(category = "contracts", customer = "id")
    @GET
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "List a customer's contracts", description = "Open, terminated and ended contracts, oldest "
            + "first, a page at a time: pass the page's next as after for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of the contracts")
    public Page<ContractView> listContracts(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return page.slice(contracts.of(id).stream().map(ContractView::of).toList(), view -> view.id().toString());
    }

    @AccessLogged(category = "contracts", customer = "id")
    @POST
    @Path("/{contractId}/termination")
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Terminate a contract", description = "Supply ends at the end of endsOn. When it is the "
            + "customer's last contract and endsOn has come, the customer relationship ends at once "
            + "(relationship-ended, the erasure trigger); otherwise when the day has passed.")
    @APIResponse(responseCode = "200", description = "The terminated contract")
    @APIResponse(responseCode = "409", description = "The contract is already terminated")
    public ContractView terminateContract(@PathParam("id") UUID id, @PathParam("contractId") UUID contractId,
            @NotNull @Valid TerminateContractRequest request) {
        return ContractView.of(termination.terminate(id, contractId, request.endsOn()));
    }

    @AccessLogged(category = "contracts", customer = "id")
    @POST
    @Path("/{contractId}/cancellation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Cancel a contract before it starts", description = "Only before startsOn: the contract "
            + "never supplies (contract-cancelled). When no other contract of the customer remains in force, the "
            + "customer relationship ends today (relationship-ended, the erasure trigger).")
    @APIResponse(responseCode = "200", description = "The cancelled contract")
    @APIResponse(responseCode = "409", description = "The contract has started (terminate it instead) or is "
            + "already cancelled")
    public ContractView cancelContract(@PathParam("id") UUID id, @PathParam("contractId") UUID contractId) {
        return ContractView.of(cancellation.cancel(id, contractId));
    }
}
