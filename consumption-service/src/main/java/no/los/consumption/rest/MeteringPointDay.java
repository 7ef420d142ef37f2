package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.platform.identifiers.MeteringPointId;

/** One line of an Elhub delivery, for the API document; the intake reads it as a stream. */
@Schema(name = "MeteringPointDay", description = "One line of an NDJSON delivery: a metering point's values of one "
        + "Norwegian day, in order from the day's first interval")
public record MeteringPointDay(
        @Schema(required = true, maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN,
                example = "707057500042745649") String meteringPointId,
        @Schema(required = true, description = "The day in Europe/Oslo", example = "2026-11-24") LocalDate day,
        @Schema(required = true, enumeration = { "PT60M", "PT15M" }, maxLength = 5) String resolution,
        @Schema(required = true, minItems = 23, maxItems = 100, description = "kWh, at least 0, at most three decimals: "
                + "23, 24 or 25 for PT60M; 92, 96 or 100 for PT15M") List<BigDecimal> kwh) {
}
