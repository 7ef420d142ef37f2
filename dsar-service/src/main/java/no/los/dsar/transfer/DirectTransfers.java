package no.los.dsar.transfer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.config.TransferConfig;
import no.los.dsar.portability.ExportFormat;
import no.los.dsar.portability.ExportSpool;
import no.los.dsar.portability.PortableRequests;
import no.los.dsar.portability.Requester;
import no.los.dsar.portability.SpooledExport;

/**
 * Sending a person's export directly to another controller (Art. 20(2), R20), at the person's
 * request or the privacy officer's on their behalf: only to a receiver on the allow-list and
 * active; the export built whole first, its SHA-256 computed as it is written; a manifest of what,
 * for whom, from and to whom, signed by LOS AS; one HTTPS POST; and the outcome on record either
 * way. No database transaction is held while the services and the receiver are called.
 */
@ApplicationScoped
public class DirectTransfers {

    @Inject
    PortableRequests requests;

    @Inject
    TransferEndpoints endpoints;

    @Inject
    ExportSpool spool;

    @Inject
    TransferSigningKey signingKey;

    @Inject
    TransferCourier courier;

    @Inject
    TransferLedger ledger;

    @Inject
    TransferConfig config;

    /**
     * Sends the request's export to the receiver.
     *
     * @return the transfer, DELIVERED
     * @throws TransferFailed when the receiver refused it or could not be reached; recorded as FAILED
     */
    public Transfer send(UUID requestId, UUID endpointId, ExportFormat format, Requester requester) {
        DataSubjectRequest request = requests.readyFor(requestId, requester);
        TransferEndpoint endpoint = endpoints.allowed(endpointId);
        if (!signingKey.isConfigured()) {
            throw new DirectTransferUnavailable();
        }
        try (SpooledExport export = spool.spool(request, format)) {
            TransferManifest manifest = TransferManifest.of(UUID.randomUUID(), request, export, endpoint,
                    config.sender(), OffsetDateTime.now());
            Delivery delivery = courier.deliver(endpoint.url(), export, signingKey.sign(manifest.claims()));
            Transfer transfer = ledger.record(Transfer.attempted(manifest, endpoint, requester, delivery));
            if (!transfer.isDelivered()) {
                throw new TransferFailed(transfer);
            }
            return transfer;
        }
    }

    /** The transfers of a request the requester reaches, the first first. */
    public List<Transfer> ofRequest(UUID requestId, Requester requester) {
        return ledger.ofRequest(requests.reachableBy(requestId, requester).id());
    }
}
