package no.los.customer.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.interaction.Interaction;

@Schema(description = "An attachment of an interaction: a reference to the document store, never the document")
public record AttachmentView(
        @NotNull @Pattern(regexp = Interaction.ATTACHMENT_PATTERN, message = "must be a document reference: letters, "
                + "digits and :._/-") @Schema(maxLength = Interaction.MAX_ATTACHMENT_REFERENCE,
                        example = "doc:2026/12/faktura-klage-1") String reference) {
}
