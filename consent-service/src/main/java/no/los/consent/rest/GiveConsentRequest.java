package no.los.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.ConsentEntry;

@Schema(description = "A consent the customer gives, with the notice version shown and how it was given")
public record GiveConsentRequest(
        @NotNull Channel channel,
        @NotBlank @Pattern(regexp = ConsentEntry.NOTICE_VERSION_PATTERN, message = "must be a notice version such as 2024-01")
        @Schema(example = "2024-01", maxLength = ConsentEntry.MAX_NOTICE_VERSION) String noticeVersion,
        @NotBlank @Size(max = ConsentEntry.MAX_EVIDENCE) @Schema(example = "Checkbox on Min side") String evidence) {
}
