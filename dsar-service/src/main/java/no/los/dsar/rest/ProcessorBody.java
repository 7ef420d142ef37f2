package no.los.dsar.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.processors.ProcessingCountry;
import no.los.dsar.processors.Processor;
import no.los.dsar.processors.ProcessorDetails;

@Schema(description = "A processor's entry in the register, as the privacy officer states it")
public record ProcessorBody(
        @NotBlank @Size(max = ProcessorDetails.MAX_LEGAL_NAME) @Schema(example = "Evry Norge AS") String legalName,
        @Size(max = OrganisationNumber.LENGTH) @Schema(description = "Organisasjonsnummer (nine digits); leave out "
                + "for a processor registered abroad", pattern = OrganisationNumber.PATTERN, example = "923609016")
        String organisationNumber,
        @NotBlank @Size(max = ProcessorDetails.MAX_PROCESSES) @Schema(description = "What it processes for LOS")
        String processes,
        @NotBlank @Size(max = ProcessorDetails.MAX_SYSTEMS) @Schema(description = "The systems it operates or develops "
                + "for LOS", example = "los.no (med Min side), CRM og Visualiseringsapp") String systems,
        @NotBlank @Size(max = ProcessorDetails.MAX_AGREEMENT_REFERENCE)
        @Schema(description = "The data processing agreement's reference") String agreementReference,
        @NotNull @Schema(description = "The day the agreement was entered into") LocalDate agreementDate,
        @NotBlank @Size(max = ProcessingCountry.LENGTH) @Schema(description = "ISO 3166-1 alpha-2 code of where it "
                + "processes", example = "NO") String processingCountry,
        @NotNull @Schema(description = "ENDED, with endedOn, when the agreement has ended") Processor.Status status,
        @Schema(description = "The day the agreement ended; only with status ENDED") LocalDate endedOn) {

    ProcessorDetails details() {
        return ProcessorDetails.of(legalName, organisationNumber, processes, systems, agreementReference, agreementDate,
                processingCountry, status, endedOn);
    }
}
