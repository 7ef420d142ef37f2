package no.los.dsar.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.portability.Requester;
import no.los.dsar.transfer.Transfer;

@Schema(description = "A direct transfer of an export to another controller, and how it went")
public record TransferView(UUID id, UUID requestId, UUID endpointId,
        @Schema(description = "The receiver's name as it was at the time") String receiverOrganisation,
        @Schema(description = "Where the export was sent") String receiverUrl,
        @Schema(enumeration = { "json", "csv", "green-button" }) String format, String fileName,
        @Schema(description = "Bytes sent") long size,
        @Schema(description = "SHA-256 of the bytes sent, lower-case hex; also in the signed manifest") String sha256,
        Requester.Role requestedBy, Transfer.Outcome outcome,
        @Schema(description = "The receiver's answer; null when it could not be reached") Integer httpStatus,
        @Schema(description = "Why it failed, by status or exception class; null when delivered") String failure,
        OffsetDateTime attemptedAt) {

    static TransferView of(Transfer transfer) {
        return new TransferView(transfer.id(), transfer.requestId(), transfer.endpointId(),
                transfer.receiverOrganisation(), transfer.receiverUrl(), transfer.format().queryValue(),
                transfer.fileName(), transfer.size(), transfer.sha256(), transfer.requestedByRole(),
                transfer.outcome(), transfer.httpStatus().orElse(null), transfer.failure().orElse(null),
                transfer.attemptedAt());
    }
}
