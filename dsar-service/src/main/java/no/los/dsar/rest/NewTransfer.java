package no.los.dsar.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Send the export of a completed portability request to a receiver on the allow-list")
public record NewTransfer(
        @NotNull @Schema(description = "A receiver from the allow-list (GET /me/transfer-endpoints)") UUID endpointId,
        @NotNull @Schema(enumeration = { "json", "csv", "green-button" }, example = "json") String format) {
}
