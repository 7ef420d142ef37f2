package no.los.dsar.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.processors.ProcessingCountry;
import no.los.dsar.processors.Processor;
import no.los.dsar.processors.ProcessorDetails;
import no.los.dsar.processors.ProcessorState;

@Schema(description = "A processor in the register, at its latest revision")
public record ProcessorView(UUID id, @Schema(minimum = "1", maximum = "2147483647") int revision,
        @Schema(maxLength = ProcessorDetails.MAX_LEGAL_NAME) String legalName,
        @Schema(maxLength = OrganisationNumber.LENGTH, pattern = OrganisationNumber.PATTERN) String organisationNumber,
        @Schema(maxLength = ProcessorDetails.MAX_PROCESSES) String processes,
        @Schema(maxLength = ProcessorDetails.MAX_SYSTEMS) String systems,
        @Schema(maxLength = ProcessorDetails.MAX_AGREEMENT_REFERENCE) String agreementReference,
        @Schema(description = "Empty only in an entry seeded from the privacy policy, which does not state it") LocalDate agreementDate,
        @Schema(maxLength = ProcessingCountry.LENGTH, pattern = ProcessingCountry.PATTERN) String processingCountry,
        @Schema(description = "Whether the processing country is in the EEA; if not, handing it data is a transfer to a third country") boolean withinEea,
        Processor.Status status, LocalDate endedOn) {

    static ProcessorView of(Processor processor) {
        return of(processor.id(), processor.revision(), processor.state());
    }

    static ProcessorView of(UUID id, int revision, ProcessorState state) {
        return new ProcessorView(id, revision, state.legalName(), state.organisationNumber(), state.processes(),
                state.systems(), state.agreementReference(), state.agreementDate(), state.processingCountry().code(),
                state.processingCountry().isInEea(), state.status(), state.endedOn());
    }
}
