package no.los.dsar.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.IdentityCode;

@Schema(description = "Where the one-time code goes: the e-mail address or the phone customer-service holds for the person")
public record IdentityCodeRequest(@NotNull @Schema(example = "EMAIL") IdentityCode.Channel channel) {
}
