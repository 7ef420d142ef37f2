package no.los.dsar.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.letters.RefusalGround;
import no.los.dsar.letters.RequestLetter;
import no.los.dsar.service.RequestAnswers.Refusal;

@Schema(description = "A refusal: its ground, and the reasons the person is given")
public record RefusalRequest(
        @NotNull RefusalGround ground,
        @NotBlank @Size(max = RequestLetter.MAX_REASONS) @Schema(description = "Told to the person, in Norwegian",
                example = "Du har bedt om det samme innsynet fem ganger denne uken, og har fått svar hver gang.")
        String reasons) {

    Refusal refusal() {
        return new Refusal(ground, reasons);
    }
}
