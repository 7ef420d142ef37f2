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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestChannel;
import no.los.dsar.TrackedRequest;
import no.los.dsar.rights.RecipientNotices;
import no.los.dsar.service.RequestAnswers;
import no.los.dsar.service.RequestFollowUp;
import no.los.dsar.service.RequestIntake;
import no.los.dsar.service.RequestIntake.ReceiveRequest;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.problem.Problem;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/requests")
@Tag(name = "My requests", description = "The signed-in customer exercises its rights on Min side")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MyRequestsResource {

    @Inject
    RequestIntake intake;

    @Inject
    RequestFollowUp followUp;

    @Inject
    CurrentCustomer currentCustomer;

    @Inject
    RequestAnswers answers;

    @Inject
    RecipientNotices recipients;

    @POST
    @Operation(summary = "Make a request about my own data", description = "Access, rectification, erasure, "
            + "restriction, portability or objection; answered by the date given. An objection names its scope and, "
            + "for every scope but DIRECT_MARKETING, the grounds; consent-service records it, an objection to direct "
            + "marketing takes effect at once, any other waits for the privacy officer's decision, which closes the "
            + "request.")
    @APIResponse(responseCode = "400", description = "The objection is missing, incomplete, or given for another type",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    public Response makeMyRequest(@NotNull @Valid MyNewRequest request, @Context UriInfo uri) {
        TrackedRequest received = intake.receive(new ReceiveRequest(currentCustomer.id(), request.type(),
                RequestChannel.MIN_SIDE, SubmittedBy.DATA_SUBJECT, null, ObjectionBody.of(request.objection())));
        return Response.created(uri.getAbsolutePathBuilder().path(received.request().id().toString()).build())
                .entity(RequestView.of(received)).build();
    }

    @GET
    @Operation(summary = "My requests, newest first")
    @APIResponse(responseCode = "200", description = "The requests")
    public Page<RequestView> listMyRequests(@Valid @BeanParam PageQuery page) {
        return page.slice(followUp.ofCustomer(currentCustomer.id()).stream().map(RequestView::of).toList(),
                r -> r.id().toString());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my requests", description = "With each service's confirmation for an erasure "
            + "request. Another customer's request is not found.")
    @APIResponse(responseCode = "200", description = "The request")
    public RequestView getMyRequest(@PathParam("id") UUID id) {
        return followUp.find(id).filter(tracked -> tracked.request().customerId().equals(currentCustomer.id()))
                .map(RequestView::of).orElseThrow(() -> new NotFoundProblem("Request"));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw one of my requests before it is answered",
            description = "Any open request but an erasure request, which the services carry out as it arrives. "
                    + "Another customer's request is not found.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the request as it now stands")
    @APIResponse(responseCode = "409", description = "Already answered, refused or withdrawn, or an erasure request",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestView withdrawMyRequest(@PathParam("id") UUID id) {
        return RequestView.of(answers.withdraw(id, currentCustomer.id()));
    }

    @GET
    @Path("/{id}/recipients")
    @Operation(summary = "Who was told of my rectification (Art. 19)",
            description = "Each service of LOS that brought its copy up to date and each processor the rectified "
                    + "categories go to, with the categories and when; recorded as the rectification completes. Another "
                    + "customer's request is not found.")
    @APIResponse(responseCode = "200", description = "The recipients, by name")
    public Page<RecipientView> myRecipients(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        followUp.customerOf(id).filter(currentCustomer.id()::equals).orElseThrow(() -> new NotFoundProblem("Request"));
        return page.slice(recipients.ofRequest(id).stream().map(RecipientView::of).toList(), r -> r.recipient());
    }
}
