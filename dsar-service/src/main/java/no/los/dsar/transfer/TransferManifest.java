package no.los.dsar.transfer;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.portability.ExportFormat;
import no.los.dsar.portability.SpooledExport;

/**
 * What goes with every export sent directly to another controller, signed by LOS AS: what is sent
 * (the request, the format, the file name, its size and SHA-256, so the receiver can check it got
 * every byte unaltered), for whom, from whom, to whom, and when.
 * <p>
 * For whom: the person's LOS customer id, the reference the person gives the receiving controller
 * to match the delivery to their account there. Never the national ID number: the manifest travels
 * in a header, and the receiver identifies its own customers by its own means.
 *
 * @param transferId the transfer's id, the manifest's {@code jti}; a receiver takes each only once
 */
public record TransferManifest(UUID transferId, UUID requestId, UUID customerReference, ExportFormat format,
        String fileName, String mediaType, long size, String sha256, String sender, String receiver,
        String receiverOrganisationNumber, OffsetDateTime createdAt) {

    static TransferManifest of(UUID transferId, DataSubjectRequest request, SpooledExport export,
            TransferEndpoint endpoint, String sender, OffsetDateTime createdAt) {
        return new TransferManifest(transferId, request.id(), request.customerId(), export.format(),
                export.fileName(), export.mediaType(), export.size(), export.sha256(), sender,
                endpoint.organisationName(), endpoint.organisationNumber().orElse(null), createdAt);
    }

    /** The manifest as the claims of a JWT. */
    Map<String, Object> claims() {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("requestId", requestId.toString());
        what.put("format", format.queryValue());
        what.put("fileName", fileName);
        what.put("mediaType", mediaType);
        what.put("size", size);
        what.put("sha256", sha256);
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("organisation", receiver);
        if (receiverOrganisationNumber != null) {
            to.put("organisationNumber", receiverOrganisationNumber);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", sender);
        claims.put("aud", receiverOrganisationNumber != null ? receiverOrganisationNumber : receiver);
        claims.put("jti", transferId.toString());
        claims.put("iat", createdAt.toEpochSecond());
        claims.put("what", what);
        claims.put("for", Map.of("customerReference", customerReference.toString()));
        claims.put("from", Map.of("organisation", sender));
        claims.put("to", to);
        claims.put("createdAt", createdAt.toString());
        return claims;
    }
}
