package no.los.consumption.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consumption.Period;
import no.los.consumption.intake.Resolution;
import no.los.consumption.price.SpotPriceDay;
import no.los.consumption.price.SpotPrices;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.security.Roles;

@Path("/prices/{priceArea}")
@Tag(name = "Prices", description = "Day-ahead spot prices per price area (not personal data)")
@Produces(MediaType.APPLICATION_JSON)
public class SpotPriceResource {

    /** Where prices received through the API come from, as stored. */
    static final String SOURCE = "intake";

    @Inject
    SpotPrices prices;

    /** How many prices a day stored. */
    public record Stored(@Schema(enumeration = { "NO1", "NO2", "NO3", "NO4", "NO5" }, maxLength = 3) String priceArea,
            LocalDate day, @Schema(enumeration = { "PT60M", "PT15M" }, maxLength = 5) String resolution,
            @Schema(minimum = "23", maximum = "100") int prices) {
    }

    @PUT
    @Path("/{day}")
    @RolesAllowed(Roles.BILLING)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a day's day-ahead prices", description = "From the billing integration, for a "
            + "day the price source has not delivered or to correct one: replaces what is stored for the area, day "
            + "and resolution.")
    @APIResponse(responseCode = "200", description = "Stored")
    public Stored receiveDay(@PathParam("priceArea") @Parameter(schema = @Schema(enumeration = { "NO1", "NO2", "NO3",
            "NO4", "NO5" }, maxLength = 3)) String priceArea,
            @PathParam("day") @Parameter(example = "2026-12-09", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) String day,
            @NotNull @Valid SpotPriceDayRequest request) {
        SpotPriceDay prices = new SpotPriceDay(area(priceArea), day(day), Resolution.named(request.resolution()),
                request.nokPerKwh());
        int stored = this.prices.store(prices, SOURCE);
        return new Stored(prices.area().name(), prices.day(), prices.resolution().name(), stored);
    }

    @GET
    @RolesAllowed({ Roles.CUSTOMER, Roles.AGENT, Roles.BILLING })
    @Operation(summary = "Day-ahead prices of a period", description = "PT60M (the default): the price of every hour "
            + "that has one, the market's or the exact mean of its four quarters; PT15M: the quarter prices as published.")
    @APIResponse(responseCode = "200", description = "The prices, oldest first")
    public SpotPricesView pricesOfPeriod(@PathParam("priceArea") @Parameter(schema = @Schema(enumeration = { "NO1", "NO2",
            "NO3", "NO4", "NO5" }, maxLength = 3)) String priceArea,
            @QueryParam("from") @Parameter(description = "Inclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String to,
            @QueryParam("resolution") @Parameter(schema = @Schema(enumeration = { "PT60M", "PT15M" }, maxLength = 5))
            String resolution) {
        PriceArea area = area(priceArea);
        Period period = Period.parse(from, to);
        Resolution asked = resolution == null ? Resolution.PT60M : Resolution.named(resolution);
        if (asked == null) {
            throw new InvalidInputException("resolution", "must be PT60M or PT15M");
        }
        return SpotPricesView.of(area.name(), asked.name(), asked == Resolution.PT60M
                ? prices.hourly(area, period)
                : prices.published(area, Resolution.PT15M, period));
    }

    private static PriceArea area(String name) {
        try {
            return PriceArea.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("priceArea", "must be one of NO1, NO2, NO3, NO4, NO5");
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("day", "must be a date (YYYY-MM-DD)");
        }
    }
}
