package no.los.consent.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.Objection;
import no.los.consent.ObjectionScope;

@Schema(description = "An objection to processing (Art. 21). Grounds are required for every scope but DIRECT_MARKETING")
public record ObjectionRequest(
        @NotNull @Schema(example = "DIRECT_MARKETING") ObjectionScope scope,
        @NotNull @Schema(example = "MIN_SIDE") Channel channel,
        @Size(max = Objection.MAX_GROUNDS) @Schema(description = "The customer's particular situation", example = "I do not want to be "
                + "compared with other households") String grounds) {
}
