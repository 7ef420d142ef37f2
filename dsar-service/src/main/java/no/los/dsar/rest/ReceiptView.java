package no.los.dsar.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.erasure.ErasureReceipt;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;

@Schema(description = "A service's confirmation of an erasure: categories and record counts, never the data")
public record ReceiptView(UUID id, UUID customerId,
        @Schema(example = "consent-service", maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
        ErasureTrigger trigger,
        @Schema(description = "The id of the event the service acted on, or of its report or job run",
                maxLength = ErasureConfirmation.MAX_TRIGGER_EVENT_ID) String triggerEventId,
        @Schema(description = "The erasure request answered; null for other triggers") UUID requestId,
        @Schema(maxItems = ErasureConfirmation.MAX_CATEGORIES) List<DeletedView> deleted,
        @Schema(maxItems = ErasureConfirmation.MAX_CATEGORIES) List<KeptView> kept,
        @Schema(description = "When the deletion committed in the service") OffsetDateTime confirmedAt,
        @Schema(description = "When dsar-service received the confirmation") OffsetDateTime receivedAt) {

    static ReceiptView of(ErasureReceipt receipt) {
        return new ReceiptView(receipt.id(), receipt.customerId(), receipt.service(), receipt.trigger(),
                receipt.triggerEventId(), receipt.requestId(), deleted(receipt), kept(receipt), receipt.confirmedAt(),
                receipt.receivedAt());
    }

    static List<DeletedView> deleted(ErasureReceipt receipt) {
        return receipt.deleted().stream().map(d -> new DeletedView(d.category(), d.count())).toList();
    }

    static List<KeptView> kept(ErasureReceipt receipt) {
        return receipt.kept().stream().map(k -> new KeptView(k.category(), k.count(), k.reason(), k.until())).toList();
    }

    @Schema(description = "A category deleted, with the number of records that went")
    public record DeletedView(@Schema(example = "newsletter-address", maxLength = DataCategory.MAX_NAME,
            pattern = DataMap.NAME_PATTERN) String category,
            @Schema(minimum = "0", maximum = "2147483647") int count) {
    }

    @Schema(description = "A category kept, why, and until when")
    public record KeptView(@Schema(example = "invoice-basis", maxLength = DataCategory.MAX_NAME,
            pattern = DataMap.NAME_PATTERN) String category,
            @Schema(minimum = "0", maximum = "2147483647") int count, RetentionReason reason,
            @Schema(description = "The last day it is kept; null while the reason has no fixed end") LocalDate until) {
    }
}
