package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.service.RequestAnswers;
import no.los.dsar.service.RequestFollowUp;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.problem.Problem;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

/**
 * The letters LOS has sent the signed-in customer about one of their requests: preliminary answers,
 * refusals and the notice that the request is carried out.
 */
@Path("/me/requests/{id}/letters")
@Tag(name = "My requests", description = "The signed-in customer exercises its rights on Min side")
@RolesAllowed(Roles.CUSTOMER)
public class MyRequestLettersResource {

    @Inject
    RequestAnswers answers;

    @Inject
    RequestFollowUp followUp;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The letters about my request, the first first",
            description = "Another customer's request is not found.")
    @APIResponse(responseCode = "200", description = "The letters")
    public Page<LetterView> myLetters(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        requireMine(id);
        return page.slice(answers.lettersOf(id).stream().map(LetterView::of).toList(), l -> l.id().toString());
    }

    @GET
    @Path("/{letterId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf" })
    @Operation(summary = "One letter about my request",
            description = "Accept text/html or application/pdf for the letter to read (in Norwegian), or "
                    + "application/json for its fields. Another customer's letter is not found.")
    @APIResponse(responseCode = "200", description = "The letter", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "406", description = "None of the formats offered is acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response myLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId,
            @Context HttpHeaders headers) {
        requireMine(id);
        return RequestLetterHttp.of(answers.letter(id, letterId).orElseThrow(() -> new NotFoundProblem("Letter")),
                headers.getAcceptableMediaTypes());
    }

    private void requireMine(UUID requestId) {
        followUp.customerOf(requestId).filter(currentCustomer.id()::equals)
                .orElseThrow(() -> new NotFoundProblem("Request"));
    }
}
