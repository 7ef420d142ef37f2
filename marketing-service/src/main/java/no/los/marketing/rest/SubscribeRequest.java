package no.los.marketing.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The address the newsletter goes to")
public record SubscribeRequest(@NotBlank @Email @Size(max = 254) @Schema(example = "kari.nordmann@example.no") String email) {
}
