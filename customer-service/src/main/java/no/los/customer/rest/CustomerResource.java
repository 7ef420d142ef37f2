package no.los.customer.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import io.quarkus.security.identity.SecurityIdentity;

import no.los.customer.Customer;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.service.CustomerDirectory;
import no.los.customer.service.CustomerRectification;
import no.los.customer.service.CustomerRegistration;
import no.los.customer.service.CustomerSearch;
import no.los.customer.service.CustomerSearch.Match;
import no.los.customer.service.MeteringPointRegistration;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogEntry;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

@Path("/customers")
@Tag(name = "Customers", description = "Registering customers and their metering points (customer service)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerRegistration registration;

    @Inject
    MeteringPointRegistration meteringPointRegistration;

    @Inject
    CustomerRectification rectification;

    @Inject
    SecurityIdentity identity;

    @Inject
    CustomerDirectory directory;

    @Inject
    CustomerSearch search;

    @Inject
    AccessLogContext accessLog;

    @AccessLogged(category = "customer-identity,postal-address,contact-details")
    @POST
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Register a customer", description = "Validates the national ID number (both control digits, "
            + "D-numbers, synthetic numbers, the 2032 rule), stores it encrypted, and announces the customer by id only.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409", description = "A customer with this national ID number exists")
    public Response registerCustomer(@NotNull @Valid RegisterCustomerRequest request, @Context UriInfo uri) {
        Customer customer = registration.register(request.toCommand());
        accessLog.concerns(customer.id());
        return Response.created(uri.getAbsolutePathBuilder().path(customer.id().toString()).build())
                .entity(view(customer.id()))
                .build();
    }

    @AccessLogged(category = "customer-identity,contact-details", customer = "", operation = AccessLogEntry.SEARCH)
    @POST
    @Path("/search")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Find customers", description = "By exactly one key: national ID number (through its keyed "
            + "hash), phone, e-mail, metering point or the start of a word of the name. Customers come in the order of "
            + "their names, a page at a time (pass the page's next as after), masked. Every customer found is in the "
            + "access log as found by a search; the keys are not logged.")
    @APIResponse(responseCode = "200", description = "A page of the customers found; none is an empty page")
    public Page<CustomerMatchView> searchCustomers(@NotNull @Valid CustomerSearchRequest request,
            @Valid @BeanParam PageQuery page) {
        Page<Match> found = search.search(request.toKey(), page.after(), page.limit());
        found.items().forEach(match -> accessLog.concerns(match.customer().id()));
        return new Page<>(found.items().stream().map(CustomerMatchView::of).toList(), found.next());
    }

    @AccessLogged(category = "customer-identity,postal-address,contact-details", customer = "id")
    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Read a customer", description = "What is registered, with the national ID number masked.")
    @APIResponse(responseCode = "200", description = "The customer")
    public CustomerView getCustomer(@PathParam("id") UUID id) {
        return view(id);
    }

    @AccessLogged(category = "customer-identity,postal-address,contact-details", customer = "id")
    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Rectify a customer (Art. 16)", description = "Corrects the fields given, each validated as "
            + "at registration, also for a former customer. Announces which fields changed, never their values.")
    @APIResponse(responseCode = "200", description = "The rectified customer")
    @APIResponse(responseCode = "409", description = "Another customer has this national ID number, or processing of "
            + "the customer's data is restricted and the caller is not a privacy officer")
    public CustomerView rectifyCustomer(@PathParam("id") UUID id, @NotNull @Valid RectifyCustomerRequest request) {
        Customer customer = rectification.rectify(request.toCommand(id, identity.hasRole(Roles.PRIVACY_OFFICER)));
        return view(customer.id());
    }

    @AccessLogged(category = "metering-points", customer = "id")
    @POST
    @Path("/{id}/metering-points")
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Add a metering point", description = "Validates the GSRN check digit and announces the "
            + "point to the suite so consumption data can be received for it.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeteringPointView.class)))
    @APIResponse(responseCode = "409", description = "The metering point is already registered")
    public Response addMeteringPoint(@PathParam("id") UUID id, @NotNull @Valid AddMeteringPointRequest request,
            @Context UriInfo uri) {
        MeteringPoint point = meteringPointRegistration.add(request.toCommand(id));
        return Response.created(uri.getAbsolutePathBuilder().path(point.id().value()).build())
                .entity(MeteringPointView.forStaff(directory.meteringPoint(id, point.id())))
                .build();
    }

    @AccessLogged(category = "metering-points,meter-history", customer = "id")
    @POST
    @Path("/{id}/metering-points/{meteringPointId}/meter-swaps")
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Record a meter swap (R7)", description = "The metering point keeps its id; meterNumber is "
            + "mounted from swappedOn (today or earlier, not before the last swap), and the meter taken down joins the "
            + "point's meter history.")
    @APIResponse(responseCode = "200", description = "Recorded; the metering point with its meter history")
    @APIResponse(responseCode = "404", description = "The customer holds no such metering point")
    @APIResponse(responseCode = "409", description = "Processing of the customer's data is restricted")
    public MeteringPointView swapMeter(@PathParam("id") UUID id,
            @Size(max = MeteringPointId.LENGTH) @PathParam("meteringPointId") String meteringPointId,
            @NotNull @Valid MeterSwapRequest request) {
        MeteringPoint point = meteringPointRegistration.swapMeter(request.toCommand(id, new MeteringPointId(meteringPointId)));
        return MeteringPointView.forStaff(directory.meteringPoint(id, point.id()));
    }

    private CustomerView view(UUID id) {
        return directory.find(id).map(CustomerView::forStaff).orElseThrow(() -> new NotFoundProblem("Customer"));
    }
}
