package no.los.customer.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.interaction.CaseReference;
import no.los.customer.interaction.Interaction;
import no.los.customer.interaction.InteractionChannel;
import no.los.customer.interaction.InteractionDirection;
import no.los.customer.service.InteractionLog.RecordInteraction;

@Schema(description = "A contact with the customer that is part of handling a case")
public record InteractionRequest(
        @NotNull InteractionChannel channel,
        @NotNull InteractionDirection direction,
        @NotNull @Schema(description = "When the contact took place; not ahead of now", example = "2026-12-04T10:15:00+01:00")
        OffsetDateTime occurredAt,
        @NotNull @Schema(description = "The case it belongs to; a new reference opens a case, a closed one is reopened",
                example = "SAK-2026-000123", maxLength = CaseReference.MAX_LENGTH, pattern = CaseReference.PATTERN)
        String caseReference,
        @NotBlank @Size(max = Interaction.MAX_SUMMARY) @Schema(example = "Kunden spør om fakturaen for november.")
        String summary,
        @Size(max = Interaction.MAX_ATTACHMENTS) @Schema(description = "References to documents in the document store")
        List<@NotNull @Valid AttachmentView> attachments) {

    RecordInteraction toCommand(UUID customerId, String agentSubject) {
        return new RecordInteraction(customerId, new CaseReference(caseReference), channel, direction, occurredAt,
                agentSubject, summary.strip(), attachments == null ? List.of()
                        : attachments.stream().map(AttachmentView::reference).toList());
    }
}
