package no.los.dsar;

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
 * One step in a request's life, with who took it and when: the request's status history. Staff are
 * named by their token subject, never by name; the data subject and dsar-service by their role.
 */
@Entity
@Table(name = "request_step")
public class RequestStep {

    /** What happened. */
    public enum Kind {
        RECEIVED,
        /** Staff recorded how the person's identity was established. */
        IDENTITY_CHECKED,
        /** A second privacy officer approved a staff-registered erasure or restriction. */
        APPROVED,
        /** A preliminary answer moved the deadline. */
        EXTENDED,
        COMPLETED,
        REFUSED,
        WITHDRAWN,
        /** Restriction: the person was told that it will be lifted (Art. 18(3)). */
        LIFTING_NOTIFIED,
        /** Restriction: the privacy officer lifted it; every service processes the data again. */
        LIFTED
    }

    /** Who took the step. */
    public enum TakenBy {
        DATA_SUBJECT,
        STAFF,
        /** dsar-service itself, as the services' confirmations or parts came in. */
        SERVICE
    }

    /** A request has at most one step of each kind ({@link Kind}: nine). */
    public static final int MAX_STEPS = 9;

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private Kind step;

    @Column(name = "taken_at", nullable = false)
    private OffsetDateTime takenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "taken_by", nullable = false)
    private TakenBy takenBy;

    @Column(name = "staff_subject")
    private String staffSubject;

    protected RequestStep() {
    }

    public static RequestStep byTheDataSubject(UUID requestId, Kind step, OffsetDateTime at) {
        return of(requestId, step, at, TakenBy.DATA_SUBJECT, null);
    }

    public static RequestStep byStaff(UUID requestId, Kind step, OffsetDateTime at, String staffSubject) {
        if (staffSubject == null || staffSubject.isBlank()) {
            throw new IllegalArgumentException("a staff step names the staff member's token subject");
        }
        return of(requestId, step, at, TakenBy.STAFF, staffSubject);
    }

    public static RequestStep byTheService(UUID requestId, Kind step, OffsetDateTime at) {
        return of(requestId, step, at, TakenBy.SERVICE, null);
    }

    private static RequestStep of(UUID requestId, Kind step, OffsetDateTime at, TakenBy takenBy, String staffSubject) {
        RequestStep taken = new RequestStep();
        taken.id = UUID.randomUUID();
        taken.requestId = requestId;
        taken.step = step;
        taken.takenAt = at;
        taken.takenBy = takenBy;
        taken.staffSubject = staffSubject;
        return taken;
    }

    public UUID requestId() {
        return requestId;
    }

    public Kind step() {
        return step;
    }

    public OffsetDateTime takenAt() {
        return takenAt;
    }

    public TakenBy takenBy() {
        return takenBy;
    }

    /** The staff member's token subject; empty unless staff took the step. */
    public Optional<String> staffSubject() {
        return Optional.ofNullable(staffSubject);
    }
}
