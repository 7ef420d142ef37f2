package no.los.dsar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.letters.LetterKind;
import no.los.dsar.letters.RefusalGround;
import no.los.dsar.letters.RequestLetter;

@Schema(description = "A letter to the person about their request; its document is read as text/html or application/pdf")
public record LetterView(UUID id, UUID requestId, LetterKind kind, OffsetDateTime writtenAt,
        @Schema(maxLength = RequestLetter.MAX_REASONS) String reasons,
        @Schema(description = "For a preliminary answer: the day the answer is likely; null otherwise")
        LocalDate likelyAnsweredOn,
        @Schema(description = "For a refusal: its ground; null otherwise") RefusalGround refusalGround) {

    static LetterView of(RequestLetter letter) {
        return new LetterView(letter.id(), letter.requestId(), letter.kind(), letter.writtenAt(), letter.reasons(),
                letter.likelyAnsweredOn().orElse(null), letter.refusalGround().orElse(null));
    }
}
