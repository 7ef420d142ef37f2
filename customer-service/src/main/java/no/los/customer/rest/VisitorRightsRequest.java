package no.los.customer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.visitor.Visit;

@Schema(description = "A visitor's own access or erasure request, after the privacy officer checked who is asking")
public record VisitorRightsRequest(
        @NotBlank @Size(max = Visit.MAX_NAME) @Schema(description = "The full name the visitor gave at reception; "
                + "compared without regard to case", example = "Ola Besøkende") String fullName,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,40}$", message = "must be 1 to 40 letters, digits and hyphens")
        @Schema(description = "The privacy officer's reference of the request (no personal data)", example = "PV-2026-017",
                maxLength = 40) String requestReference) {
}
