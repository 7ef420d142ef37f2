package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.Period;
import no.los.consumption.service.ReadingsIntake.Reading;
import no.los.platform.problem.InvalidInputException;

@Schema(description = "Hourly readings for one metering point, e.g. a day of 23, 24 or 25 hours")
public record ReadingsRequest(@NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid HourRequest> readings) {

    public record HourRequest(
            @NotNull @Schema(description = "Start of the hour, ISO-8601 with offset", example = "2026-11-24T00:00:00+01:00")
            OffsetDateTime start,
            @NotNull @DecimalMin("0.000") @Digits(integer = 9, fraction = 3) @Schema(example = "1.234") BigDecimal kwh) {
    }

    List<Reading> toReadings() {
        Set<Instant> seen = new HashSet<>();
        for (int i = 0; i < readings.size(); i++) {
            OffsetDateTime start = readings.get(i).start().withOffsetSameInstant(ZoneOffset.UTC);
            String field = "readings[" + i + "].start";
            if (start.getMinute() != 0 || start.getSecond() != 0 || start.getNano() != 0) {
                throw new InvalidInputException(field, "must be the start of a whole hour");
            }
            if (!Period.isPlausible(start)) {
                throw new InvalidInputException(field, "must lie between " + Period.EARLIEST_YEAR + " and " + Period.LATEST_YEAR);
            }
            if (!seen.add(start.toInstant())) {
                throw new InvalidInputException(field, "appears twice in the batch");
            }
        }
        return readings.stream().map(hour -> new Reading(hour.start(), hour.kwh())).toList();
    }
}
