package no.los.consumption.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import no.los.consumption.insight.ConsumptionByPeriod;
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

    @Inject
    ConsumptionByPeriod byPeriod;

    @GET
    @Path("/periods")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My consumption in a year, month or day, part by part", description = "Over all my metering "
            + "points, in Norwegian calendar periods: a year's months and a month's days (summed from the days as "
            + "metered), or a day's hours (23, 24 or 25), beside the period before and the same period a year earlier. "
            + "Drill down by asking for a part: a month of the year, a day of the month. Parts without consumption are "
            + "left out.")
    @APIResponse(responseCode = "200", description = "The period and its parts")
    @APIResponse(responseCode = "400", description = "The period is not YEAR, MONTH or DAY, or at is not a year, month "
            + "or day such as 2026, 2026-11 or 2026-11-24", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ConsumptionPeriodView myConsumptionByPeriod(
            @QueryParam("period") @Parameter(schema = @Schema(enumeration = { "YEAR", "MONTH", "DAY" }, maxLength = 5))
            String period,
            @QueryParam("at") @Parameter(description = "The year, month or day, Europe/Oslo", example = "2026-11",
                    schema = @Schema(implementation = String.class, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", maxLength = 10))
            String at) {
        UUID customer = currentCustomer.id();
        return switch (period == null ? "" : period) {
            case "YEAR" -> {
                Year year = parse(at, "2026", Year::parse);
                yield ConsumptionPeriodView.of(period, at, byPeriod.monthsOf(customer, year),
                        byPeriod.totalOf(customer, year.minusYears(1).atDay(1), year.atDay(1)),
                        byPeriod.totalOf(customer, year.minusYears(1).atDay(1), year.atDay(1)));
            }
            case "MONTH" -> {
                YearMonth month = parse(at, "2026-11", YearMonth::parse);
                yield ConsumptionPeriodView.of(period, at, byPeriod.daysOf(customer, month),
                        byPeriod.totalOf(customer, month.minusMonths(1).atDay(1), month.atDay(1)),
                        byPeriod.totalOf(customer, month.minusYears(1).atDay(1), month.minusYears(1).plusMonths(1).atDay(1)));
            }
            case "DAY" -> {
                LocalDate day = parse(at, "2026-11-24", LocalDate::parse);
                yield ConsumptionPeriodView.of(period, at, byPeriod.hoursOf(customer, day),
                        byPeriod.totalOf(customer, day.minusDays(1), day),
                        byPeriod.totalOf(customer, day.minusYears(1), day.minusYears(1).plusDays(1)));
            }
            default -> throw new InvalidInputException("period", "must be YEAR, MONTH or DAY");
        };
    }

    /** The year, month or day {@code at} names, in the range the readings may have. */
    private static <T extends Temporal> T parse(String at, String example, Function<String, T> parser) {
        try {
            T parsed = parser.apply(at == null ? "" : at);
            int year = parsed.get(ChronoField.YEAR);
            if (year < Period.EARLIEST_YEAR || year > Period.LATEST_YEAR) {
                throw new InvalidInputException("at", "must lie between " + Period.EARLIEST_YEAR + " and " + Period.LATEST_YEAR);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("at", "must be written like " + example + " for this period");
        }
    }

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
