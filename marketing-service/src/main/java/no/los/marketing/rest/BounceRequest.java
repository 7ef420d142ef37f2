package no.los.marketing.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.marketing.BounceKind;

@Schema(description = "A bounce the e-mail service provider reports")
public record BounceRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "kari.nordmann@example.no") String email,
        @NotNull @Schema(example = "HARD") BounceKind kind,
        @NotNull @Schema(example = "2026-11-26T10:00:00+01:00") OffsetDateTime bouncedAt) {
}
