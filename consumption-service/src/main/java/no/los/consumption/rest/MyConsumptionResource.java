package no.los.consumption.rest;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consumption.Period;
import no.los.consumption.ReadingCursor;
import no.los.consumption.insight.PeerComparison;
import no.los.consumption.service.ConsumptionHistory;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.Problem;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/consumption")
@Tag(name = "My consumption", description = "The signed-in customer's own hourly consumption, and beside similar households")
@Produces(MediaType.APPLICATION_JSON)
public class MyConsumptionResource {

    @Inject
    ConsumptionHistory history;

    @Inject
    CurrentCustomer currentCustomer;

    @Inject
    PeerComparison peerComparison;

    @GET
    @Path("/hourly")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My hourly consumption in a period, over all my metering points", description = "Per metering "
            + "point, oldest first, a page at a time: pass the page's next as after for the following page, until next "
            + "is absent.")
    @APIResponse(responseCode = "200", description = "A page of the readings")
    public Page<ReadingView> myHourlyConsumption(
            @QueryParam("from") @Parameter(description = "Inclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String to,
            @Valid @BeanParam PageQuery page) {
        Period period = Period.parse(from, to);
        List<ReadingView> readOneMore = history.ofCustomer(currentCustomer.id(), period,
                ReadingCursor.parse(page.after()), page.limit() + 1).stream().map(ReadingView::of).toList();
        return Page.of(readOneMore, page.limit(), ReadingView::cursor);
    }

    @GET
    @Path("/similar-households")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My month beside similar households (R12)", description = "The other app households of the same "
            + "dwelling type and heating, with readings in the month: how many, and their average and median once there "
            + "are enough of them. Households whose objection to PEER_COMPARISON is upheld, or whose processing is "
            + "restricted, are in no group.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "The month is not a calendar month such as 2026-11",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "No app profile, my objection to peer comparison is upheld, or my "
            + "processing is restricted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SimilarHouseholdsView mySimilarHouseholds(
            @QueryParam("month") @Parameter(description = "The calendar month, Europe/Oslo", example = "2026-11",
                    schema = @Schema(implementation = String.class, pattern = "^\\d{4}-\\d{2}$", maxLength = 7)) String month) {
        return SimilarHouseholdsView.of(peerComparison.of(currentCustomer.id(), calendarMonth(month)));
    }

    private static YearMonth calendarMonth(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a calendar month such as 2026-11");
        }
    }
}
