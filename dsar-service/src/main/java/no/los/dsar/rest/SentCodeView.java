package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.IdentityCode;
import no.los.dsar.service.IdentityCodes;

@Schema(description = "A one-time code on its way: where it went (masked), until when it can be given back, and how many "
        + "tries are left")
public record SentCodeView(UUID requestId, IdentityCode.Channel channel,
        @Schema(example = "k***@example.no", maxLength = 320) String sentTo, OffsetDateTime expiresAt,
        @Schema(minimum = "0", maximum = "10") int attemptsLeft) {

    static SentCodeView of(IdentityCodes.SentCode sent) {
        return new SentCodeView(sent.requestId(), sent.channel(), sent.sentTo(), sent.expiresAt(), sent.attemptsLeft());
    }
}
