package no.los.dsar.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.letters.RequestLetter;

@Schema(description = "What was done to carry out a rectification, restriction or objection, as the person is told")
public record CompletionRequest(
        @NotBlank @Size(max = RequestLetter.MAX_REASONS) @Schema(description = "Told to the person, in Norwegian",
                example = "Adressen din er rettet i kunderegisteret, og de som har fått den, er varslet.")
        String whatWasDone) {
}
