package no.los.customer.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.metering.MeteringPoint;
import no.los.customer.service.MeteringPointRegistration.AddMeteringPoint;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.identifiers.PriceArea;

@Schema(description = "A metering point the customer is supplied at")
public record AddMeteringPointRequest(
        @NotBlank @Schema(description = "18-digit GSRN", example = "707057500042745649",
                maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
        @NotBlank @Pattern(regexp = "\\d{1," + MeteringPoint.MAX_METER_NUMBER + "}", message = "must be the digits printed on the meter")
        @Schema(example = "6970631401234567", maxLength = MeteringPoint.MAX_METER_NUMBER) String meterNumber,
        @NotNull PriceArea priceArea,
        @DecimalMin("57.0") @DecimalMax("72.0") @Schema(example = "58.146") BigDecimal latitude,
        @DecimalMin("3.0") @DecimalMax("32.0") @Schema(example = "7.996") BigDecimal longitude) {

    AddMeteringPoint toCommand(UUID customerId) {
        return new AddMeteringPoint(customerId, new MeteringPointId(meteringPointId), meterNumber, priceArea, latitude,
                longitude);
    }
}
