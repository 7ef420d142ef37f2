package no.los.customer.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.interaction.CaseReference;
import no.los.customer.interaction.CustomerCase;
import no.los.customer.interaction.Interaction;
import no.los.customer.interaction.InteractionChannel;
import no.los.customer.interaction.InteractionDirection;
import no.los.customer.service.InteractionLog.Entry;

@Schema(description = "A recorded contact with the customer, with the state of its case")
public record InteractionView(
        UUID id,
        UUID customerId,
        InteractionChannel channel,
        InteractionDirection direction,
        OffsetDateTime occurredAt,
        @Schema(maxLength = CaseReference.MAX_LENGTH) String caseReference,
        @Schema(description = "The recording agent's id (token subject), never a name", maxLength = 255) String agent,
        @Schema(maxLength = Interaction.MAX_SUMMARY) String summary,
        @Schema(maxItems = Interaction.MAX_ATTACHMENTS) List<AttachmentView> attachments,
        OffsetDateTime recordedAt,
        @Schema(description = "When it was last corrected; null if never") OffsetDateTime rectifiedAt,
        @Schema(description = "The day the case closed; null while open") LocalDate caseClosedOn,
        @Schema(description = "The last day the case's interactions are kept; null while the case is open")
        LocalDate keptUntil) {

    static InteractionView of(Entry entry) {
        Interaction interaction = entry.interaction();
        CustomerCase customerCase = entry.customerCase();
        return new InteractionView(interaction.id(), interaction.customerId(), interaction.channel(),
                interaction.direction(), interaction.occurredAt(), interaction.caseReference().value(),
                interaction.agentSubject(), interaction.summary(),
                interaction.attachments().stream().map(AttachmentView::new).toList(), interaction.recordedAt(),
                interaction.rectifiedAt(), customerCase.closedOn(), customerCase.keptUntil());
    }
}
