package no.los.customer.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.service.ContractCancellation;
import no.los.customer.service.ContractTermination;
import no.los.customer.service.CustomerContracts;
import no.los.customer.service.CustomerDirectory;
import no.los.customer.service.CustomerRectification;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me")
@Tag(name = "Min side", description = "The signed-in customer's own data; the customer id comes from the token only")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CustomerDirectory directory;

    @Inject
    CustomerContracts contracts;

    @Inject
    ContractTermination termination;

    @Inject
    ContractCancellation cancellation;

    @Inject
    CustomerRectification rectification;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "What LOS has registered about me (R9)")
    @APIResponse(responseCode = "200", description = "The customer's own record")
    public CustomerView getMyCustomerRecord() {
        return view(currentCustomer.id());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Correct my name, address, phone or e-mail (Art. 16)", description = "The national ID "
            + "number can only be corrected by customer service.")
    @APIResponse(responseCode = "200", description = "The customer's corrected record")
    public CustomerView rectifyMe(@NotNull @Valid RectifyCustomerRequest request) {
        UUID customerId = currentCustomer.id();
        rectification.rectify(request.toSelfServiceCommand(customerId));
        return view(customerId);
    }

    @GET
    @Path("/contracts")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My contracts", description = "Oldest first, a page at a time: pass the page's next as after "
            + "for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of the customer's contracts")
    public Page<ContractView> myContracts(@Valid @BeanParam PageQuery page) {
        return page.slice(contracts.of(currentCustomer.id()).stream().map(ContractView::of).toList(),
                view -> view.id().toString());
    }

    @POST
    @Path("/contracts/{contractId}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Terminate one of my contracts", description = "Supply ends at the end of endsOn: on or "
            + "after the start, at most one year ahead.")
    @APIResponse(responseCode = "200", description = "The terminated contract")
    @APIResponse(responseCode = "409", description = "The contract is already terminated")
    public ContractView terminateMyContract(@PathParam("contractId") UUID contractId,
            @NotNull @Valid TerminateContractRequest request) {
        return ContractView.of(termination.terminate(currentCustomer.id(), contractId, request.endsOn()));
    }

    @POST
    @Path("/contracts/{contractId}/cancellation")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Cancel one of my contracts before it starts", description = "Only before startsOn: the "
            + "contract never supplies. Once a contract has started, terminate it instead.")
    @APIResponse(responseCode = "200", description = "The cancelled contract")
    @APIResponse(responseCode = "409", description = "The contract has started or is already cancelled")
    public ContractView cancelMyContract(@PathParam("contractId") UUID contractId) {
        return ContractView.of(cancellation.cancel(currentCustomer.id(), contractId));
    }

    private CustomerView view(UUID customerId) {
        return directory.find(customerId).map(CustomerView::forTheCustomer).orElseThrow(() -> new NotFoundProblem("Customer"));
    }
}
