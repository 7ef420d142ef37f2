package no.los.customer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.service.CustomerDirectory;
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
    CurrentCustomer currentCustomer;

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "What LOS has registered about me (R9)")
    @APIResponse(responseCode = "200", description = "The customer's own record")
    public CustomerView me() {
        return directory.find(currentCustomer.id()).map(CustomerView::of)
                .orElseThrow(() -> new NotFoundProblem("Customer"));
    }
}
