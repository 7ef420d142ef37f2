package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.erasure.ErasureFulfilment;
import no.los.dsar.erasure.ErasureProgress;
import no.los.dsar.erasure.ErasureReceipt;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataMap;

@Schema(description = "How far an erasure request has come, service by service")
public record ErasureView(ErasureProgress.Status status,
        @Schema(maxItems = EventTopic.MAX_SERVICES) List<ServiceErasureView> services,
        @Schema(description = "Not confirmed by every service within the confirmation timeout") boolean late) {

    static ErasureView of(ErasureProgress progress) {
        return new ErasureView(progress.status(), progress.services().stream().map(ServiceErasureView::of).toList(),
                progress.late());
    }

    @Schema(description = "One service's part of the erasure: what it deleted and what it kept, why and until when")
    public record ServiceErasureView(
            @Schema(example = "marketing-service", maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
            ErasureFulfilment.Status status,
            @Schema(description = "When the deletion committed in the service; null while pending") OffsetDateTime confirmedAt,
            @Schema(maxItems = ErasureConfirmation.MAX_CATEGORIES) List<ReceiptView.DeletedView> deleted,
            @Schema(maxItems = ErasureConfirmation.MAX_CATEGORIES) List<ReceiptView.KeptView> kept) {

        static ServiceErasureView of(ErasureFulfilment fulfilment) {
            ErasureReceipt receipt = fulfilment.receipt().orElse(null);
            if (receipt == null) {
                return new ServiceErasureView(fulfilment.service(), fulfilment.status(), null, List.of(), List.of());
            }
            return new ServiceErasureView(fulfilment.service(), fulfilment.status(), receipt.confirmedAt(),
                    ReceiptView.deleted(receipt), ReceiptView.kept(receipt));
        }
    }
}
