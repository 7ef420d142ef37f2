package no.los.dsar.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;

@Schema(description = "A request registered by staff on the data subject's behalf")
public record NewRequest(@NotNull UUID customerId, @NotNull RequestType type,
        @NotNull @Schema(example = "EMAIL") RequestChannel channel,
        @Valid @Schema(description = "Required for, and only for, an OBJECTION") ObjectionBody objection) {
}
