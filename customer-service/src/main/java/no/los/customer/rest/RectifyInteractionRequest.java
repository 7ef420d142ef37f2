package no.los.customer.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.interaction.Interaction;
import no.los.customer.interaction.InteractionChannel;
import no.los.customer.interaction.InteractionDirection;
import no.los.customer.service.InteractionLog.RectifyInteraction;

@Schema(description = "Corrections to a recorded interaction (Art. 16); a field left out stays as it is")
public record RectifyInteractionRequest(
        InteractionChannel channel,
        InteractionDirection direction,
        OffsetDateTime occurredAt,
        @Size(min = 1, max = Interaction.MAX_SUMMARY) @Pattern(regexp = RectifyCustomerRequest.NOT_BLANK,
                message = "must not be blank") String summary,
        @Size(max = Interaction.MAX_ATTACHMENTS) List<@NotNull @Valid AttachmentView> attachments,
        @Schema(description = "The rectification request (dsar-service) that asked for it, if any") UUID requestId) {

    RectifyInteraction toCommand(UUID customerId, UUID interactionId) {
        return new RectifyInteraction(customerId, interactionId, channel, direction, occurredAt,
                summary == null ? null : summary.strip(),
                attachments == null ? null : attachments.stream().map(AttachmentView::reference).toList(), requestId);
    }
}
