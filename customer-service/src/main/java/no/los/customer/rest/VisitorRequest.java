package no.los.customer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.visitor.Visit;

@Schema(description = "A visitor arriving at reception")
public record VisitorRequest(@NotBlank @Size(max = Visit.MAX_NAME) @Schema(example = "Ola Besøkende") String fullName) {
}
