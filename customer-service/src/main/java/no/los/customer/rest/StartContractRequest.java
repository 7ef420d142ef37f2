package no.los.customer.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.contract.ContractType;
import no.los.customer.service.ContractRegistration.StartContract;
import no.los.platform.identifiers.MeteringPointId;

@Schema(description = "A supply contract for one of the customer's metering points")
public record StartContractRequest(
        @NotBlank @Schema(description = "18-digit GSRN of one of this customer's metering points",
                example = "707057500042745649", maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN)
        String meteringPointId,
        @NotNull ContractType contractType,
        @NotNull @Schema(example = "2026-01-01") LocalDate startsOn) {

    StartContract toCommand(UUID customerId) {
        return new StartContract(customerId, new MeteringPointId(meteringPointId), contractType, startsOn);
    }
}
