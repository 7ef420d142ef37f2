package no.los.customer.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.service.VisitorRegister;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.security.Roles;

@Path("/visits")
@Tag(name = "Visitor register", description = "Visitors at the office reception (R14); linked to no customer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    VisitorRegister register;

    @Inject
    JsonWebToken token;

    /** What a visitor's access request found. */
    @Schema(description = "The visits under the name, oldest first")
    public record VisitorAccessView(@Schema(maxItems = Page.MAX_SIZE) List<VisitView> visits) {
    }

    /** What a visitor's erasure request deleted. */
    @Schema(description = "How many visits under the name were deleted; nothing is kept")
    public record VisitsDeletedView(@Schema(minimum = "0", maximum = "2147483647") int deleted) {
    }

    @POST
    @RolesAllowed({ Roles.RECEPTION, Roles.ADMIN })
    @Operation(summary = "A visitor arrives", description = "Registers the full name with the time of arrival. Kept "
            + "los.customer.visitor-register.keep-days (30 by default) after the day of departure.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the visit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response arrive(@NotNull @Valid VisitorRequest request, @Context UriInfo uri) {
        VisitView view = VisitView.of(register.arrive(request.fullName().strip(), token.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @POST
    @Path("/{visitId}/departure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.RECEPTION, Roles.ADMIN })
    @Operation(summary = "A visitor leaves", description = "From today the visit is kept the configured days, then deleted.")
    @APIResponse(responseCode = "200", description = "The visit, with its departure and last day kept")
    @APIResponse(responseCode = "404", description = "No such visit")
    @APIResponse(responseCode = "409", description = "The visitor has already left")
    public VisitView depart(@PathParam("visitId") UUID visitId) {
        return VisitView.of(register.depart(visitId));
    }

    @GET
    @RolesAllowed({ Roles.RECEPTION, Roles.ADMIN })
    @Operation(summary = "The visits of a day", description = "In the order of arrival (Europe/Oslo day), a page at a "
            + "time: who is or was in the building.")
    @APIResponse(responseCode = "200", description = "A page of the day's visits")
    public Page<VisitView> ofDay(@NotNull @Size(max = 10) @QueryParam("day") @Parameter(description = "The day, such as "
            + "2026-12-04", required = true, schema = @Schema(format = "date", maxLength = 10)) String day,
            @Valid @BeanParam PageQuery page) {
        return page.slice(register.on(dayOf(day)).stream().map(VisitView::of).toList(), view -> view.id().toString());
    }

    private static LocalDate dayOf(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "must be a day such as 2026-12-04");
        }
    }

    @POST
    @Path("/access")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "A visitor's access request (Art. 15)", description = "The visits under the full name the "
            + "visitor gave, once the privacy officer has checked who is asking. Visits are linked to no customer, so a "
            + "customer's access request through dsar-service does not reach them.")
    @APIResponse(responseCode = "200", description = "The visits found; none is an empty list")
    public VisitorAccessView access(@NotNull @Valid VisitorRightsRequest request) {
        return new VisitorAccessView(register.underName(request.fullName()).stream().map(VisitView::of).toList());
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "A visitor's erasure request (Art. 17)", description = "Deletes every visit under the full "
            + "name; nothing is kept, as no duty keeps a visit. The privacy officer's reference goes to the service log, "
            + "the name does not.")
    @APIResponse(responseCode = "200", description = "How many visits were deleted")
    public VisitsDeletedView erase(@NotNull @Valid VisitorRightsRequest request) {
        return new VisitsDeletedView(register.eraseUnderName(request.fullName(), request.requestReference()));
    }
}
