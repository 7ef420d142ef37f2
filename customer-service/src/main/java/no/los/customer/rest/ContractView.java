package no.los.customer.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.contract.Contract;
import no.los.customer.contract.ContractStatus;
import no.los.customer.contract.ContractType;
import no.los.customer.service.CustomerContracts.ContractRecord;
import no.los.platform.identifiers.MeteringPointId;

@Schema(description = "A supply contract for one metering point")
public record ContractView(
        UUID id,
        UUID customerId,
        @Schema(example = "707057500042745649", maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN)
        String meteringPointId,
        ContractType contractType,
        @Schema(example = "2026-01-01") LocalDate startsOn,
        @Schema(description = "Last day of supply; null while the contract is open", example = "2026-11-26") LocalDate endsOn,
        @Schema(description = "The day it was cancelled before it started; null unless cancelled", example = "2026-12-01")
        LocalDate cancelledOn,
        @Schema(description = "ACTIVE while open, TERMINATED until the end date, ENDED from it, CANCELLED when "
                + "cancelled before it started") ContractStatus status) {

    static ContractView of(ContractRecord record) {
        Contract contract = record.contract();
        return new ContractView(contract.id(), contract.customerId(), contract.meteringPointId().value(),
                contract.contractType(), contract.startsOn(), contract.endsOn(), contract.cancelledOn(), record.status());
    }
}
