package no.los.dsar.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The code the person read back to staff")
public record IdentityCodeAnswer(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be the six digits sent") @Schema(example = "493027", maxLength = 6)
        String code) {
}
