package no.los.customer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.notification.ContactChannel;

@Schema(description = "A one-time code dsar-service made, to be sent to the customer's registered e-mail or phone")
public record IdentityCodeRequest(
        @NotNull @Schema(example = "EMAIL") ContactChannel channel,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be six digits") @Schema(example = "493027", maxLength = 6)
        String code,
        @Min(1) @Max(60) @Schema(description = "How long the code is valid, as the message says", example = "10")
        int validMinutes) {
}
