package no.los.consumption.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A price area's day-ahead prices of one Norwegian day, in NOK per kWh without VAT, from the day's "
        + "first interval: 23, 24 or 25 for PT60M; 92, 96 or 100 for PT15M (from 2025-10-01). Negative prices are allowed.")
public record SpotPriceDayRequest(
        @NotNull @Schema(enumeration = { "PT60M", "PT15M" }, maxLength = 5, required = true) String resolution,
        @NotNull @Size(min = 23, max = 100) @Schema(required = true)
        List<@NotNull BigDecimal> nokPerKwh) {
}
