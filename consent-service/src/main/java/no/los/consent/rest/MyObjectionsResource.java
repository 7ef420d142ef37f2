package no.los.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consent.service.Objections;
import no.los.consent.service.Objections.RegisterObjection;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/objections")
@Tag(name = "My objections", description = "The signed-in customer objects to processing on Min side or in the app")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MyObjectionsResource {

    @Inject
    Objections objections;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @Operation(summary = "My objections and their decisions", description = "Oldest first, a page at a time: pass the "
            + "page's next as after for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of the objections")
    public Page<ObjectionView> myObjections(@Valid @BeanParam PageQuery page) {
        return page.slice(objections.of(currentCustomer.id()).stream().map(ObjectionView::of).toList(),
                view -> view.id().toString());
    }

    @POST
    @Operation(summary = "Object to processing", description = "An objection to DIRECT_MARKETING takes effect at once "
            + "and needs no grounds, and ends any NEWSLETTER_EMAIL and MARKETING_SMS consent; objecting again "
            + "while it stands returns the standing one. Any other scope needs grounds and waits for the privacy "
            + "officer's decision; an upheld one is announced to every service, which stops what it does in its "
            + "scope (consumption-service: peer comparison). An objection can also be made as a data subject "
            + "request (dsar-service, type OBJECTION), which this list then shows with its requestId.")
    @APIResponse(responseCode = "201", description = "The objection registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "200", description = "The direct-marketing objection already standing")
    public Response objectMyself(@NotNull @Valid ObjectionRequest request) {
        return ObjectionResponses.registered(objections.register(new RegisterObjection(currentCustomer.id(),
                request.scope(), request.channel(), request.grounds())));
    }
}
