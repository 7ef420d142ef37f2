package no.los.dsar.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.RequestType;

@Schema(description = "A request the signed-in customer makes on Min side")
public record MyNewRequest(@NotNull @Schema(example = "ACCESS") RequestType type,
        @Valid @Schema(description = "Required for, and only for, an OBJECTION") ObjectionBody objection) {
}
