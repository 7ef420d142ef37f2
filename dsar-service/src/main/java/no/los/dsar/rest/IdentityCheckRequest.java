package no.los.dsar.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.DataSubjectRequest;

@Schema(description = "How staff established the person's identity for a request they registered")
public record IdentityCheckRequest(
        @NotBlank @Size(max = DataSubjectRequest.MAX_IDENTITY_NOTE)
        @Schema(description = "What was checked; never a copy of an identity document",
                example = "Brevet kom fra adressen i kunderegisteret, og kunden bekreftet kundenummeret på telefon.")
        String note) {
}
