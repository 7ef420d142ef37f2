package no.los.dsar.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.letters.RequestLetter;

@Schema(description = "The notice that a restriction will be lifted (Art. 18(3)): why, as the person is told")
public record LiftingNoticeRequest(
        @NotBlank @Size(max = RequestLetter.MAX_REASONS) @Schema(description = "Told to the person, in Norwegian",
                example = "Adressen din er rettet, og det er ikke lenger grunn til å begrense behandlingen.")
        String reasons) {
}
