package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.service.RestrictionLifting;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

/** The privacy officer lifts a restriction (Art. 18(3)): first the notice to the person, then the lifting. */
@Path("/requests/{id}")
@Tag(name = "Requests", description = "Staff register and follow up requests received by e-mail, letter or phone")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RestrictionResource {

    @Inject
    RestrictionLifting lifting;

    @Inject
    AccessLogContext accessLog;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/lifting-notice")
    @AccessLogged(category = "rights-requests,request-letters", customer = "")
    @Operation(summary = "Tell the person that their restriction will be lifted, and why",
            description = "Art. 18(3): a letter to the person, kept with the request and shown on Min side; once, for a "
                    + "restriction every service has put in place.")
    @APIResponse(responseCode = "200", description = "Told; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Not a restriction in force, or the person was already told",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView tellOfLifting(@PathParam("id") UUID id, @NotNull @Valid LiftingNoticeRequest notice) {
        RequestView told = RequestView.of(lifting.tell(id, notice.reasons(), token.getSubject()));
        accessLog.concerns(told.customerId());
        return told;
    }

    @POST
    @Path("/lifting")
    @Consumes(MediaType.WILDCARD)
    @AccessLogged(category = "rights-requests", customer = "")
    @Operation(summary = "Lift a restriction in every service",
            description = "Only after the person was told (the lifting notice). Every service processes the data "
                    + "again and confirms; the request's parts show each confirmation (liftConfirmedAt).")
    @APIResponse(responseCode = "200", description = "Lifted; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Not a restriction in force, already lifted, or the person has not "
            + "been told", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView liftRestriction(@PathParam("id") UUID id) {
        RequestView lifted = RequestView.of(lifting.lift(id, token.getSubject()));
        accessLog.concerns(lifted.customerId());
        return lifted;
    }
}
