package no.los.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Objection;

@Schema(description = "The privacy officer's decision on a pending objection; final once made")
public record ObjectionDecisionRequest(
        @NotNull @Schema(example = "UPHELD") Objection.Outcome outcome,
        @NotBlank @Size(max = Objection.MAX_REASON) @Schema(example = "No compelling legitimate grounds outweigh the customer's situation")
        String reason) {
}
