package no.los.dsar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A data subject's request. Life cycle: received (the statutory month starts), fulfilled by the
 * services it concerns, completed. An erasure request is completed when every service it concerns
 * has confirmed its erasure (see {@code erasure/ErasureFulfilment}). Later issues add the
 * preliminary answer that extends the deadline.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    /** Where a request stands. */
    public enum Status {
        RECEIVED,
        COMPLETED
    }

    /** Whether the person asked themselves or staff registered it on their behalf. */
    public enum SubmittedBy {
        DATA_SUBJECT,
        STAFF_ON_BEHALF
    }

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private RequestChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by", nullable = false)
    private SubmittedBy submittedBy;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "registered_by")
    private String registeredBy;

    protected DataSubjectRequest() {
    }

    public static DataSubjectRequest receive(UUID customerId, RequestType type, RequestChannel channel,
            SubmittedBy submittedBy, OffsetDateTime receivedAt) {
        DataSubjectRequest request = new DataSubjectRequest();
        request.id = UUID.randomUUID();
        request.customerId = customerId;
        request.type = type;
        request.channel = channel;
        request.submittedBy = submittedBy;
        request.receivedAt = receivedAt;
        request.dueOn = StatutoryDeadline.dueOn(receivedAt.toInstant());
        request.status = Status.RECEIVED;
        return request;
    }

    /**
     * A request staff registered on the data subject's behalf, with the staff member's identity (the
     * token's subject): the one agent who may later hand the person the answer.
     */
    public static DataSubjectRequest registerOnBehalf(UUID customerId, RequestType type, RequestChannel channel,
            String registeredBy, OffsetDateTime receivedAt) {
        if (registeredBy == null || registeredBy.isBlank()) {
            throw new IllegalArgumentException(
                    "a request registered on the data subject's behalf names who registered it");
        }
        DataSubjectRequest request = receive(customerId, type, channel, SubmittedBy.STAFF_ON_BEHALF, receivedAt);
        request.registeredBy = registeredBy;
        return request;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public RequestType type() {
        return type;
    }

    public RequestChannel channel() {
        return channel;
    }

    public SubmittedBy submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    /** When the request was completed; {@code null} while it is open. */
    public OffsetDateTime completedAt() {
        return completedAt;
    }

    /** The staff member who registered the request on the person's behalf; empty if unknown or the person's own. */
    public Optional<String> registeredBy() {
        return Optional.ofNullable(registeredBy);
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    /** Completes the request; a request completes once, the first time counts. */
    public void complete(OffsetDateTime at) {
        if (isCompleted()) {
            return;
        }
        status = Status.COMPLETED;
        completedAt = at;
    }

    /** Still open after the last day of the statutory month. */
    public boolean isOverdueAt(Instant now) {
        return !isCompleted() && StatutoryDeadline.hasPassed(dueOn, now);
    }
}
