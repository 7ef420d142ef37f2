package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.portability.Requester;
import no.los.dsar.transfer.Delivery;
import no.los.dsar.transfer.ReceiverUrl;
import no.los.dsar.transfer.Transfer;
import no.los.dsar.transfer.TransferEndpoint;

@Schema(description = "A direct transfer of an export to another controller, and how it went")
public record TransferView(UUID id, UUID requestId, UUID endpointId,
        @Schema(description = "The receiver's name as it was at the time", maxLength = TransferEndpoint.MAX_NAME)
        String receiverOrganisation,
        @Schema(description = "Where the export was sent", maxLength = ReceiverUrl.MAX_LENGTH) String receiverUrl,
        @Schema(enumeration = { "json", "csv", "green-button" }) String format,
        @Schema(maxLength = 100, example = "los-portability-0b7e6c1e-5d0e-4c55-9a51-4b3f0b6d9a10.json") String fileName,
        @Schema(description = "Bytes sent", minimum = "0", maximum = "9223372036854775807") long size,
        @Schema(description = "SHA-256 of the bytes sent, lower-case hex; also in the signed manifest", maxLength = 64,
                pattern = "^[0-9a-f]{64}$") String sha256,
        Requester.Role requestedBy, Transfer.Outcome outcome,
        @Schema(description = "The receiver's answer; null when it could not be reached",
                minimum = "" + Delivery.MIN_STATUS, maximum = "" + Delivery.MAX_STATUS) Integer httpStatus,
        @Schema(description = "Why it failed, by status or exception class; null when delivered",
                maxLength = Delivery.MAX_FAILURE) String failure,
        OffsetDateTime attemptedAt) {

    static TransferView of(Transfer transfer) {
        return new TransferView(transfer.id(), transfer.requestId(), transfer.endpointId(),
                transfer.receiverOrganisation(), transfer.receiverUrl(), transfer.format().queryValue(),
                transfer.fileName(), transfer.size(), transfer.sha256(), transfer.requestedByRole(),
                transfer.outcome(), transfer.httpStatus().orElse(null), transfer.failure().orElse(null),
                transfer.attemptedAt());
    }
}
