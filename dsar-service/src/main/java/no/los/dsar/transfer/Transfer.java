package no.los.dsar.transfer;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.dsar.portability.ExportFormat;
import no.los.dsar.portability.Requester;

/**
 * One attempt to send a person's export directly to another controller, and how it went: which
 * request, which receiver (its name and URL as they were then), which format, the size and SHA-256
 * of what was sent, who asked, and the receiver's answer. Written once, after the attempt; a
 * failure is described by the status the receiver answered or the class of the exception, never a
 * message. Its id is the manifest's {@code jti}.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    /** Whether the receiver accepted the export. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** The receiver answered otherwise, or could not be reached. */
        FAILED
    }

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "endpoint_id", nullable = false)
    private UUID endpointId;

    @Column(name = "receiver_organisation", nullable = false)
    private String receiverOrganisation;

    @Column(name = "receiver_url", nullable = false)
    private String receiverUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "export_format", nullable = false)
    private ExportFormat format;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by_role", nullable = false)
    private Requester.Role requestedByRole;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private Outcome outcome;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "failure")
    private String failure;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    protected Transfer() {
    }

    static Transfer attempted(TransferManifest manifest, TransferEndpoint endpoint, Requester requester,
            Delivery delivery) {
        Transfer transfer = new Transfer();
        transfer.id = manifest.transferId();
        transfer.requestId = manifest.requestId();
        transfer.endpointId = endpoint.id();
        transfer.receiverOrganisation = endpoint.organisationName();
        transfer.receiverUrl = endpoint.url().toString();
        transfer.format = manifest.format();
        transfer.fileName = manifest.fileName();
        transfer.size = manifest.size();
        transfer.sha256 = manifest.sha256();
        transfer.requestedByRole = requester.role();
        transfer.requestedBy = requester.subject();
        transfer.outcome = delivery.delivered() ? Outcome.DELIVERED : Outcome.FAILED;
        transfer.httpStatus = delivery.httpStatus();
        transfer.failure = delivery.failure();
        transfer.attemptedAt = manifest.createdAt();
        return transfer;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String receiverOrganisation() {
        return receiverOrganisation;
    }

    public String receiverUrl() {
        return receiverUrl;
    }

    public ExportFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Requester.Role requestedByRole() {
        return requestedByRole;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isDelivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** The status the receiver answered; empty when it could not be reached. */
    public Optional<Integer> httpStatus() {
        return Optional.ofNullable(httpStatus);
    }

    /** Why it failed; empty when it was delivered. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public OffsetDateTime attemptedAt() {
        return attemptedAt;
    }
}
