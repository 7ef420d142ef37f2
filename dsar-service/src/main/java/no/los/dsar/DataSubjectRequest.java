package no.los.dsar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;

/**
 * A data subject's request. Life cycle: received (the deadline starts, {@link StatutoryDeadline}),
 * fulfilled by the services it concerns, completed; or refused by the privacy officer, or withdrawn by
 * the person. Each step is kept with who took it ({@link RequestStep}). An erasure
 * request is completed when every service it concerns has confirmed its erasure (see
 * {@code erasure/ErasureFulfilment}). A preliminary answer sent on or before the due date extends
 * the deadline by up to two further months, once.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    /** Where a request stands. */
    public enum Status {
        /** Open: the deadline runs. */
        RECEIVED,
        COMPLETED,
        /** Refused (Art. 12(5), or the person could not be identified), with a letter that says why. */
        REFUSED,
        /** Withdrawn by the person before it was answered. */
        WITHDRAWN
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

    @Column(name = "extended_to")
    private LocalDate extendedTo;

    @Column(name = "refused_at")
    private OffsetDateTime refusedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_check")
    private IdentityCheck identityCheck;

    @Column(name = "identity_note")
    private String identityNote;

    @Column(name = "identity_checked_at")
    private OffsetDateTime identityCheckedAt;

    @Column(name = "identity_checked_by")
    private String identityCheckedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "announced_at")
    private OffsetDateTime announcedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_scope")
    private ObjectionScope objectionScope;

    @Column(name = "objection_grounds")
    private String objectionGrounds;

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
        if (submittedBy == SubmittedBy.DATA_SUBJECT) {
            request.identityCheck = IdentityCheck.LOGIN;
            request.identityCheckedAt = receivedAt;
        }
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

    /** Neither completed nor refused: the deadline runs. */
    public boolean isOpen() {
        return status == Status.RECEIVED;
    }

    /** When the person withdrew the request; {@code null} unless they did. */
    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    /** When the request was refused; {@code null} unless it was. */
    public OffsetDateTime refusedAt() {
        return refusedAt;
    }

    /**
     * States what an objection request objects to: required for an objection, refused for any other
     * type, with a 400 problem naming {@code objection}.
     */
    public void objectingTo(Objected objection) {
        if ((type == RequestType.OBJECTION) != (objection != null)) {
            throw new InvalidInputException("objection", type == RequestType.OBJECTION
                    ? "is required for an OBJECTION: its scope, and for every scope but DIRECT_MARKETING the grounds"
                    : "is only for an OBJECTION request");
        }
        if (objection != null) {
            objectionScope = objection.scope();
            objectionGrounds = objection.grounds();
        }
    }

    /** What an objection request objects to; empty for any other type. */
    public Optional<ObjectionScope> objectionScope() {
        return Optional.ofNullable(objectionScope);
    }

    /**
     * The grounds of an objection request while it is open, for the privacy officer who decides it;
     * empty when none were given, and once the request is closed (the decision has no further use of them).
     */
    public Optional<String> objectionGrounds() {
        return Optional.ofNullable(objectionGrounds);
    }

    /** The longest note of how staff checked the person's identity. */
    public static final int MAX_IDENTITY_NOTE = 500;

    /** The types whose staff registration a second privacy officer must approve before anything happens. */
    public static final Set<RequestType> APPROVED_BY_A_SECOND_OFFICER = EnumSet.of(RequestType.ERASURE,
            RequestType.RESTRICTION);

    /** How the person's identity was established; empty while staff have not checked it. */
    public Optional<IdentityCheck> identityCheck() {
        return Optional.ofNullable(identityCheck);
    }

    /** How staff established it; empty for a login. */
    public Optional<String> identityNote() {
        return Optional.ofNullable(identityNote);
    }

    public OffsetDateTime identityCheckedAt() {
        return identityCheckedAt;
    }

    /** When the request was announced to the suite; {@code null} while it waits. */
    public OffsetDateTime announcedAt() {
        return announcedAt;
    }

    /** The privacy officer who approved it; empty unless it needed and got approval. */
    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    /** Whether it still waits for staff to record how the person's identity was established. */
    public boolean awaitsIdentity() {
        return identityCheck == null;
    }

    /** Whether it still waits for a second privacy officer's approval. */
    public boolean awaitsApproval() {
        return submittedBy == SubmittedBy.STAFF_ON_BEHALF && APPROVED_BY_A_SECOND_OFFICER.contains(type)
                && approvedAt == null;
    }

    /** Whether it may now be announced to the suite: open, checked, approved where needed, not yet announced. */
    public boolean isReadyToAnnounce() {
        return isOpen() && announcedAt == null && !awaitsIdentity() && !awaitsApproval();
    }

    /** Records that the request was announced to the suite. */
    public void announced(OffsetDateTime at) {
        if (!isReadyToAnnounce()) {
            throw new IllegalStateException("request " + id + " is not ready to be announced");
        }
        announcedAt = at;
    }

    /** Staff record how they established the person's identity; once. */
    public void identityChecked(String note, String staff, OffsetDateTime at) {
        identityEstablished(IdentityCheck.MANUAL_CHECK, note, staff, at);
    }

    /** A one-time code went to the registered contact and came back: {@code how} says where it went. */
    public void identityCheckedByCode(String how, String staff, OffsetDateTime at) {
        identityEstablished(IdentityCheck.ONE_TIME_CODE, how, staff, at);
    }

    /** A 409 problem unless the request is open and still waits for the person's identity. */
    public void requireAwaitingIdentity() {
        requireOpen("checked");
        if (!awaitsIdentity()) {
            throw new ConflictProblem("The person's identity was already established (" + identityCheck + ")");
        }
    }

    private void identityEstablished(IdentityCheck how, String note, String staff, OffsetDateTime at) {
        requireAwaitingIdentity();
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "is required: write down how the identity was established");
        }
        if (note.strip().length() > MAX_IDENTITY_NOTE) {
            throw new InvalidInputException("note", "must be at most " + MAX_IDENTITY_NOTE + " characters");
        }
        identityCheck = how;
        identityNote = note.strip();
        identityCheckedAt = at;
        identityCheckedBy = staff;
    }

    /**
     * A privacy officer approves a staff-registered erasure or restriction: never the one who
     * registered it, and only once the person's identity is established.
     */
    public void approve(String officer, OffsetDateTime at) {
        requireOpen("approved");
        if (!awaitsApproval()) {
            throw new ConflictProblem(approvedAt != null ? "The request was already approved"
                    : "Only an erasure or restriction staff registered needs a second privacy officer's approval");
        }
        if (officer.equals(registeredBy)) {
            throw new ConflictProblem("A privacy officer other than the one who registered the request must approve it");
        }
        if (awaitsIdentity()) {
            throw new ConflictProblem("The person's identity must be established before the request is approved");
        }
        approvedBy = officer;
        approvedAt = at;
    }

    /** A 409 problem unless the request is open: a closed one can no longer be {@code done} (extended, refused, …). */
    public void requireOpen(String done) {
        if (!isOpen()) {
            throw new ConflictProblem("The request is " + status.name().toLowerCase(Locale.ROOT)
                    + " and can no longer be " + done);
        }
    }

    /** The day a preliminary answer moved the deadline to; empty unless it was extended. */
    public Optional<LocalDate> extendedTo() {
        return Optional.ofNullable(extendedTo);
    }

    /** The day the request must be answered by: the extended date, or else the first due date. */
    public LocalDate answerBy() {
        return extendedTo == null ? dueOn : extendedTo;
    }

    /** Completes an open request; a request completes once, the first time counts, and a refused one stays refused. */
    public void complete(OffsetDateTime at) {
        if (!isOpen()) {
            return;
        }
        status = Status.COMPLETED;
        completedAt = at;
        objectionGrounds = null;
    }

    /**
     * Extends the deadline to {@code until}, as a preliminary answer states (Art. 12(3)): only for an
     * open request, once, on or before its first due date, and to at most two further months.
     */
    public void extend(LocalDate until, LocalDate today) {
        requireOpen("extended");
        if (extendedTo != null) {
            throw new ConflictProblem("The deadline was already extended, to " + extendedTo
                    + "; it can be extended once");
        }
        if (today.isAfter(dueOn)) {
            throw new ConflictProblem("The first period ended on " + dueOn
                    + ": a preliminary answer extends the deadline only when it is sent within it");
        }
        LocalDate latest = StatutoryDeadline.latestExtension(dueOn);
        if (until == null || !until.isAfter(dueOn) || until.isAfter(latest)) {
            throw new InvalidInputException("likelyAnsweredOn", "must lie after " + dueOn + " and no later than "
                    + latest + " (two further months)");
        }
        extendedTo = until;
    }

    /** Refuses the open request; its letter says why and where the person can turn. */
    public void refuse(OffsetDateTime at) {
        requireOpen("refused");
        status = Status.REFUSED;
        refusedAt = at;
        objectionGrounds = null;
    }

    /**
     * The person withdraws the open request. An erasure request cannot be withdrawn: the services
     * carry it out as it is received.
     */
    public void withdraw(OffsetDateTime at) {
        requireOpen("withdrawn");
        if (type == RequestType.ERASURE) {
            throw new ConflictProblem("An erasure request is carried out by every service as it is received; "
                    + "it cannot be withdrawn afterwards");
        }
        status = Status.WITHDRAWN;
        withdrawnAt = at;
        objectionGrounds = null;
    }

    /** Open, and to be answered within {@code warnDaysBefore} days of {@code now} (today included). */
    public boolean isDueSoonAt(Instant now, int warnDaysBefore) {
        LocalDate today = StatutoryDeadline.today(now);
        return isOpen() && !answerBy().isBefore(today) && !answerBy().isAfter(today.plusDays(warnDaysBefore));
    }

    /** Still open after the day it must be answered by. */
    public boolean isOverdueAt(Instant now) {
        return isOpen() && StatutoryDeadline.hasPassed(answerBy(), now);
    }
}
