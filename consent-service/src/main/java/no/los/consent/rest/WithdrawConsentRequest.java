package no.los.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.ConsentEntry;

@Schema(description = "A withdrawal received on the customer's behalf, e.g. by e-mail to personvern@los.no")
public record WithdrawConsentRequest(
        @NotNull @Schema(example = "EMAIL") Channel channel,
        @NotBlank @Size(max = ConsentEntry.MAX_EVIDENCE) @Schema(example = "E-mail to personvern@los.no, case 2026-1142") String evidence) {
}
