package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.insight.ConsumptionByPeriod.Part;

/**
 * My consumption in a calendar period, in each of its parts (months, days or hours) that has any, and in
 * the period before and the same period a year earlier.
 */
@Schema(name = "ConsumptionPeriod")
public record ConsumptionPeriodView(
        @Schema(enumeration = { "YEAR", "MONTH", "DAY" }, maxLength = 5) String period,
        @Schema(maxLength = 10, example = "2026-11", description = "The year, month or day, Europe/Oslo") String at,
        @Schema(description = "kWh of the whole period, all my metering points") BigDecimal kwh,
        @Schema(maxItems = 31, description = "Months of a year, days of a month, hours of a day (23 to 25)")
        List<PartView> parts,
        @Schema(description = "kWh of the period before (the year, month or day before); null when it has no "
                + "consumption") BigDecimal previousKwh,
        @Schema(description = "kWh of the same period a year earlier; null when it has no consumption")
        BigDecimal lastYearKwh) {

    @Schema(name = "ConsumptionPeriodPart")
    public record PartView(@Schema(description = "Its start in Norwegian time") OffsetDateTime start, BigDecimal kwh) {
    }

    static ConsumptionPeriodView of(String period, String at, List<Part> parts, Optional<BigDecimal> previous,
            Optional<BigDecimal> lastYear) {
        return new ConsumptionPeriodView(period, at, parts.stream().map(Part::kwh).reduce(BigDecimal.ZERO, BigDecimal::add),
                parts.stream().map(part -> new PartView(part.start(), part.kwh())).toList(), previous.orElse(null),
                lastYear.orElse(null));
    }
}
