package no.los.dsar.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.rights.RecipientNotices;
import no.los.dsar.service.RequestAnswers;
import no.los.dsar.service.RequestFollowUp;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.problem.Problem;
import no.los.platform.security.Roles;

/**
 * The privacy officer's answers to a request besides its fulfilment: a preliminary answer that
 * extends the deadline, or a refusal. Each is a letter to the person, as is the notice dsar-service
 * writes when a request completes; staff read them here and the person on Min side.
 */
@Path("/requests/{id}")
@Tag(name = "Requests", description = "Staff register and follow up requests received by e-mail, letter or phone")
public class RequestLettersResource {

    @Inject
    RequestAnswers answers;

    @Inject
    RecipientNotices recipients;

    @Inject
    RequestFollowUp followUp;

    @Inject
    AccessLogContext accessLog;

    @Inject
    JsonWebToken token;

    @POST
    @Path("/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "rights-requests,request-letters", customer = "")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Send a preliminary answer and extend the deadline",
            description = "Art. 12(3): once, on or before the request's due date, to a day at most two further months "
                    + "after it. The letter states the reasons and the likely date; the request is then due on it.")
    @APIResponse(responseCode = "200", description = "Extended; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Not open, already extended, or the first period has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView extendRequest(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest extension) {
        RequestView extended = RequestView.of(answers.extend(id, extension.extension(), token.getSubject()));
        accessLog.concerns(extended.customerId());
        return extended;
    }

    @POST
    @Path("/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "rights-requests,request-letters", customer = "")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Refuse a request, stating why",
            description = "Art. 12(5) (manifestly unfounded or excessive) or 11(2) (the person could not be identified). "
                    + "The letter states the ground and the reasons and names the right to complain to Datatilsynet "
                    + "and to go to court. An erasure request is carried out as it is received and cannot be refused.")
    @APIResponse(responseCode = "200", description = "Refused; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Not open, or an erasure request",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView refuseRequest(@PathParam("id") UUID id, @NotNull @Valid RefusalRequest refusal) {
        RequestView refused = RequestView.of(answers.refuse(id, refusal.refusal(), token.getSubject()));
        accessLog.concerns(refused.customerId());
        return refused;
    }

    @GET
    @Path("/recipients")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "request-progress", customer = "")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.AGENT })
    @Operation(summary = "Who was told of a rectification (Art. 19)",
            description = "Each service of the suite that brought its copy up to date and each processor the "
                    + "rectified categories go to, with the categories and when, by name.")
    @APIResponse(responseCode = "200", description = "The recipients")
    public Page<RecipientView> recipientsOfRequest(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        UUID customer = followUp.customerOf(id).orElseThrow(() -> new NotFoundProblem("Request"));
        accessLog.concerns(customer);
        return page.slice(recipients.ofRequest(id).stream().map(RecipientView::of).toList(), r -> r.recipient());
    }

    @GET
    @Path("/letters")
    @Produces(MediaType.APPLICATION_JSON)
    @AccessLogged(category = "request-letters", customer = "")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.AGENT })
    @Operation(summary = "The letters about a request, the first first")
    @APIResponse(responseCode = "200", description = "The letters")
    public Page<LetterView> lettersOfRequest(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        UUID customer = followUp.customerOf(id).orElseThrow(() -> new NotFoundProblem("Request"));
        accessLog.concerns(customer);
        return page.slice(answers.lettersOf(id).stream().map(LetterView::of).toList(), l -> l.id().toString());
    }

    @GET
    @Path("/letters/{letterId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf" })
    @AccessLogged(category = "request-letters", customer = "")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.AGENT })
    @Operation(summary = "One letter about a request",
            description = "Accept application/json (the letter's fields), text/html or application/pdf (the letter "
                    + "as the person reads it, in Norwegian).")
    @APIResponse(responseCode = "200", description = "The letter", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "406", description = "None of the formats offered is acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response letterOfRequest(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId,
            @Context HttpHeaders headers) {
        RequestAnswers.Letter found = answers.letter(id, letterId).orElseThrow(() -> new NotFoundProblem("Letter"));
        accessLog.concerns(found.request().customerId());
        return RequestLetterHttp.of(found, headers.getAcceptableMediaTypes());
    }
}
