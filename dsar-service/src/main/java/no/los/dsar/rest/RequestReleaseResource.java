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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.service.IdentityCodes;
import no.los.dsar.service.RequestRelease;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

/**
 * What a staff-registered request waits for before the suite hears of it: the person's identity,
 * and for an erasure or restriction a second privacy officer's approval.
 */
@Path("/requests/{id}")
@Tag(name = "Requests", description = "Staff register and follow up requests received by e-mail, letter or phone")
@Produces(MediaType.APPLICATION_JSON)
public class RequestReleaseResource {

    @Inject
    RequestRelease release;

    @Inject
    IdentityCodes identityCodes;

    @Inject
    AccessLogContext accessLog;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "rights-requests", customer = "")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "Record how the person's identity was established",
            description = "For a request staff registered (e-mail, letter, phone): once. A request that needs no "
                    + "approval is then announced to the suite; the deadline has run from receipt all along.")
    @APIResponse(responseCode = "200", description = "Recorded; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Already established (a login, or an earlier check), or not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView checkIdentity(@PathParam("id") UUID id, @NotNull @Valid IdentityCheckRequest check) {
        RequestView checked = RequestView.of(release.identityChecked(id, check.note(), token.getSubject()));
        accessLog.concerns(checked.customerId());
        return checked;
    }

    @POST
    @Path("/identity-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "rights-requests", customer = "")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "Send the person a one-time code to establish their identity",
            description = "For a request staff registered: customer-service sends six digits to the e-mail address or "
                    + "phone it holds for the person, through the notification provider; the answer names the address "
                    + "masked. The person reads the code back, and staff enter it at …/identity-code/verification. The "
                    + "last code sent counts; it is good for los.dsar.identity-code.valid-for (10 minutes) and "
                    + "los.dsar.identity-code.max-attempts tries, and a request has at most "
                    + "los.dsar.identity-code.max-codes-per-request codes. The deadline runs meanwhile.")
    @APIResponse(responseCode = "202", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentCodeView.class)))
    @APIResponse(responseCode = "409", description = "Identity already established, not open, no contact for the "
            + "channel, or no codes left", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "customer-service or the notification provider could not send it; "
            + "nothing is kept", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response sendIdentityCode(@PathParam("id") UUID id, @NotNull @Valid IdentityCodeRequest request) {
        IdentityCodes.SentCode sent = identityCodes.send(id, request.channel(), token.getSubject());
        accessLog.concerns(sent.customerId());
        return Response.accepted(SentCodeView.of(sent)).build();
    }

    @POST
    @Path("/identity-code/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "rights-requests", customer = "")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "Enter the code the person read back",
            description = "A match records the identity check (ONE_TIME_CODE, with where the code went) and announces "
                    + "the request when it needs no approval. A wrong code uses a try.")
    @APIResponse(responseCode = "200", description = "Identity established; the request as it now stands")
    @APIResponse(responseCode = "400", description = "The code does not match, or is not six digits",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "No code sent, the code expired or was used up, or the identity "
            + "was already established", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView verifyIdentityCode(@PathParam("id") UUID id, @NotNull @Valid IdentityCodeAnswer answer) {
        RequestView checked = RequestView.of(identityCodes.verify(id, answer.code(), token.getSubject()));
        accessLog.concerns(checked.customerId());
        return checked;
    }

    @POST
    @Path("/approval")
    @Consumes(MediaType.WILDCARD)
    @AccessLogged(category = "rights-requests", customer = "")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Approve an erasure or restriction staff registered, as a second privacy officer",
            description = "Never by the one who registered it, and only once the person's identity is established. "
                    + "The request is then announced to the suite, and the services carry it out.")
    @APIResponse(responseCode = "200", description = "Approved and announced; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Needs no approval, already approved, registered by the same "
            + "officer, identity not established, or not open", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView approveRequest(@PathParam("id") UUID id) {
        RequestView approved = RequestView.of(release.approved(id, token.getSubject()));
        accessLog.concerns(approved.customerId());
        return approved;
    }
}
