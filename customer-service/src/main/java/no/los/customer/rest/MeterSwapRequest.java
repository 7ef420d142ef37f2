package no.los.customer.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.metering.MeteringPoint;
import no.los.customer.service.MeteringPointRegistration.SwapMeter;
import no.los.platform.identifiers.MeteringPointId;

@Schema(description = "A meter swapped at a metering point")
public record MeterSwapRequest(
        @NotBlank @Pattern(regexp = "\\d{1," + MeteringPoint.MAX_METER_NUMBER + "}", message = "must be the digits printed on the meter")
        @Schema(description = "The meter mounted now", example = "6970631409876543",
                maxLength = MeteringPoint.MAX_METER_NUMBER) String meterNumber,
        @NotNull @Schema(description = "The day the new meter was mounted (Europe/Oslo)", example = "2026-11-20")
        LocalDate swappedOn) {

    SwapMeter toCommand(UUID customerId, MeteringPointId meteringPointId) {
        return new SwapMeter(customerId, meteringPointId, meterNumber, swappedOn);
    }
}
