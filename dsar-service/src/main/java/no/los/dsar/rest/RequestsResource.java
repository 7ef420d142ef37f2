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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestFlag;
import no.los.dsar.TrackedRequest;
import no.los.dsar.service.RequestFollowUp;
import no.los.dsar.service.RequestIntake;
import no.los.dsar.service.RequestIntake.ReceiveRequest;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.customers.KnownCustomers;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

@Path("/requests")
@Tag(name = "Requests", description = "Data-subject requests as customer service and the privacy officer handle them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    RequestIntake intake;

    @Inject
    RequestFollowUp followUp;

    @Inject
    JsonWebToken token;

    @Inject
    AccessLogContext accessLog;

    @Inject
    KnownCustomers knownCustomers;

    @POST
    @AccessLogged(category = "rights-requests", customer = "")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "Register a request received by e-mail, letter or phone",
            description = "Starts the deadline (the earlier of 30 days and one calendar month) from now. The "
                    + "suite is told once staff record the person's identity (POST /requests/{id}/identity) and, for "
                    + "an erasure or restriction, a second privacy officer approves it (POST /requests/{id}/approval).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such customer: nothing is registered or announced")
    public Response registerRequest(@NotNull @Valid NewRequest request, @Context UriInfo uri) {
        knownCustomers.require(request.customerId());
        TrackedRequest received = intake.receive(new ReceiveRequest(request.customerId(), request.type(),
                request.channel(), SubmittedBy.STAFF_ON_BEHALF, token.getSubject(), ObjectionBody.of(request.objection())));
        accessLog.concerns(request.customerId());
        return Response.created(uri.getAbsolutePathBuilder().path(received.request().id().toString()).build())
                .entity(RequestView.of(received)).build();
    }

    @GET
    @Path("/{id}")
    @AccessLogged(category = "rights-requests,request-progress", customer = "")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "A request, its deadline, and each service's erasure confirmation or access/portability part")
    @APIResponse(responseCode = "200", description = "The request")
    public RequestView getRequest(@PathParam("id") UUID id) {
        RequestView found = followUp.find(id).map(RequestView::of).orElseThrow(() -> new NotFoundProblem("Request"));
        followUp.customerOf(id).ifPresent(accessLog::concerns);
        return found;
    }

    @GET
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Open requests that need attention, the longest waiting first",
            description = "flag=late: erasure requests some service has not confirmed within the confirmation "
                    + "timeout (los.dsar.erasure.confirmation-timeout), and access or portability requests missing "
                    + "a service's part after the answer timeout (los.dsar.rights.answer-timeout). flag=awaiting: "
                    + "requests staff registered that wait for the person's identity or a second privacy officer's "
                    + "approval and have not been announced. flag=due-soon: "
                    + "open requests to be answered within los.dsar.deadline.warn-days-before days (default 5, day 25 "
                    + "of 30), the earliest due first. flag=overdue: open requests past the day they had to be "
                    + "answered by (the extended date, if a preliminary answer moved it).")
    @APIResponse(responseCode = "200", description = "The flagged requests")
    public Page<RequestView> listFlaggedRequests(@QueryParam("flag") @Parameter(required = true, description = "Which flag",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "late", "awaiting", "due-soon", "overdue" })) String flag,
            @Valid @BeanParam PageQuery page) {
        return page.slice(followUp.flagged(RequestFlag.parse(flag)).stream().map(RequestView::of).toList(),
                r -> r.id().toString());
    }
}
