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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.interaction.CaseReference;
import no.los.customer.service.InteractionLog;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.Roles;

@Path("/customers/{id}")
@Tag(name = "Interaction log", description = "Contacts with the customer that are part of case handling (R13)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @Inject
    InteractionLog log;

    @Inject
    JsonWebToken token;

    @AccessLogged(category = "interaction-log", customer = "id")
    @POST
    @Path("/interactions")
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Record a contact", description = "E-mail, phone, Facebook, letter or in person, in or out, "
            + "under a case reference: a new reference opens the case, a closed case is reopened. The agent is the "
            + "caller's token subject.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the customer's interaction log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "404", description = "No such customer")
    public Response recordInteraction(@PathParam("id") UUID id, @NotNull @Valid InteractionRequest request,
            @Context UriInfo uri) {
        InteractionView view = InteractionView.of(log.record(request.toCommand(id, token.getSubject())));
        return Response.created(uri.getAbsolutePath()).entity(view).build();
    }

    @AccessLogged(category = "interaction-log", customer = "id")
    @GET
    @Path("/interactions")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "A customer's interaction log", description = "Newest first, a page at a time: pass the "
            + "page's next as after for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of the interactions")
    public Page<InteractionView> listInteractions(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return page.slice(log.of(id).stream().map(InteractionView::of).toList(), view -> view.id().toString());
    }

    @AccessLogged(category = "interaction-log", customer = "id")
    @PATCH
    @Path("/interactions/{interactionId}")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Rectify an interaction (Art. 16)", description = "Corrects the fields given; with a "
            + "requestId, answers that rectification request with the category interaction-log.")
    @APIResponse(responseCode = "200", description = "The corrected interaction")
    @APIResponse(responseCode = "404", description = "The customer has no such interaction")
    public InteractionView rectifyInteraction(@PathParam("id") UUID id, @PathParam("interactionId") UUID interactionId,
            @NotNull @Valid RectifyInteractionRequest request) {
        return InteractionView.of(log.rectify(request.toCommand(id, interactionId)));
    }

    @AccessLogged(category = "interaction-log", customer = "id")
    @POST
    @Path("/cases/{caseReference}/closure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @Operation(summary = "Close a case", description = "From today its interactions are kept for "
            + "los.customer.interaction-log.keep-days-after-case-closed days (three years by default), then deleted.")
    @APIResponse(responseCode = "200", description = "Closed, with the last day its interactions are kept")
    @APIResponse(responseCode = "404", description = "The customer has no case with this reference")
    @APIResponse(responseCode = "409", description = "The case is already closed")
    public CaseClosureView closeCase(@PathParam("id") UUID id,
            @Size(max = CaseReference.MAX_LENGTH) @PathParam("caseReference") String caseReference) {
        return CaseClosureView.of(log.closeCase(id, new CaseReference(caseReference)));
    }
}
