package no.los.consent.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consent.service.Objections;
import no.los.consent.service.Objections.DecideObjection;
import no.los.consent.service.Objections.RegisterObjection;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.customers.KnownCustomers;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.Roles;

@Path("/customers/{customerId}/objections")
@Tag(name = "Customer objections", description = "Objections as customer service records them and the privacy officer decides them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerObjectionsResource {

    @Inject
    Objections objections;

    @Inject
    KnownCustomers knownCustomers;

    @Inject
    JsonWebToken token;

    @AccessLogged(category = "objections")
    @GET
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "A customer's objections and their decisions", description = "Oldest first, a page at a time: "
            + "pass the page's next as after for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of the objections; after an erasure, those still kept")
    @APIResponse(responseCode = "404", description = "No such customer, and no objection kept for the id")
    public Page<ObjectionView> customerObjections(@PathParam("customerId") UUID customerId,
            @Valid @BeanParam PageQuery page) {
        List<ObjectionView> views = objections.of(customerId).stream().map(ObjectionView::of).toList();
        if (views.isEmpty()) {
            knownCustomers.require(customerId);
        }
        return page.slice(views, view -> view.id().toString());
    }

    @AccessLogged(category = "objections,objection-grounds")
    @POST
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an objection received on the customer's behalf",
            description = "For objections sent by e-mail to personvern@los.no, by SMS or by telephone (R21).")
    @APIResponse(responseCode = "201", description = "The objection registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "200", description = "The direct-marketing objection already standing")
    @APIResponse(responseCode = "404", description = "No such customer: nothing is recorded or announced")
    public Response recordObjection(@PathParam("customerId") UUID customerId,
            @NotNull @Valid ObjectionRequest request) {
        knownCustomers.require(customerId);
        return ObjectionResponses.registered(objections.register(new RegisterObjection(customerId, request.scope(),
                request.channel(), request.grounds())));
    }

    @AccessLogged(category = "objections")
    @POST
    @Path("/{objectionId}/decision")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Decide a pending objection", description = "UPHELD puts the objection in force and announces it "
            + "(objection-registered): every service keeps it and stops what it does in its scope. REJECTED records "
            + "the compelling grounds. An objection a data subject request made (requestId) closes that request: "
            + "completed once every service has answered what it stopped, or refused. A decision is final.")
    @APIResponse(responseCode = "200", description = "The objection as decided")
    public ObjectionView decideObjection(@PathParam("customerId") UUID customerId,
            @PathParam("objectionId") UUID objectionId, @NotNull @Valid ObjectionDecisionRequest request) {
        return ObjectionView.of(objections.decide(new DecideObjection(customerId, objectionId, request.outcome(),
                request.reason(), token.getSubject())));
    }
}
