package no.los.dsar.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.letters.RequestLetter;
import no.los.dsar.service.RequestAnswers.Extension;

@Schema(description = "A preliminary answer: why more time is needed, and the day the answer is likely")
public record ExtensionRequest(
        @NotBlank @Size(max = RequestLetter.MAX_REASONS) @Schema(description = "Told to the person, in Norwegian",
                example = "Henvendelsen gjelder opplysninger i flere systemer som må gjennomgås hver for seg.")
        String reasons,
        @NotNull @Schema(description = "After the due date, and at most two further months after it")
        LocalDate likelyAnsweredOn) {

    Extension extension() {
        return new Extension(reasons, likelyAnsweredOn);
    }
}
