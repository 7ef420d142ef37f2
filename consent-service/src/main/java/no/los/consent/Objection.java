package no.los.consent;

import java.time.OffsetDateTime;
import java.util.Optional;
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
 * An objection to processing (Art. 21, R21). Its life: an objection to direct marketing is upheld
 * the moment it is registered and stands from then on (G8). Any other objection is registered as
 * pending with the customer's grounds, and the privacy officer decides it once: upheld (processing
 * in its scope stops from the decision) or rejected (compelling legitimate grounds). The grounds are
 * personal data needed only until that decision; an erasure request clears them afterwards. An
 * objection made as a data subject request names the request; its grounds stay with the request in
 * dsar-service, where the privacy officer reads them.
 */
@Entity
@Table(name = "objection")
public class Objection {

    /** The longest statement of the customer's particular situation. */
    public static final int MAX_GROUNDS = 2000;
    /** The longest reason the privacy officer gives for a decision. */
    public static final int MAX_REASON = 2000;

    /** Where an objection stands. */
    public enum Status {
        PENDING,
        UPHELD,
        REJECTED
    }

    /** What the privacy officer decides about a pending objection. */
    public enum Outcome {
        UPHELD,
        REJECTED
    }

    static final String ABSOLUTE = "Art. 21(3): an objection to direct marketing is absolute";
    private static final int MAX_TEXT = 2000;

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private ObjectionScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "grounds")
    private String grounds;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "decided_by")
    private String decidedBy;

    protected Objection() {
    }

    private Objection(UUID customerId, ObjectionScope scope, Channel channel, String grounds, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.scope = scope;
        this.channel = channel;
        this.grounds = grounds;
        this.registeredAt = now;
        this.status = Status.PENDING;
    }

    /**
     * Registers an objection: upheld at once when its scope is absolute, otherwise pending. Grounds are
     * optional for direct marketing and required for every other scope (the particular situation).
     */
    public static Objection register(UUID customerId, ObjectionScope scope, Channel channel, String grounds,
            OffsetDateTime now) {
        String given = grounds == null || grounds.isBlank() ? null : grounds.strip();
        if (given == null && !scope.isAbsolute()) {
            throw new InvalidInputException("grounds",
                    "is required for an objection to " + scope + ": the customer's particular situation");
        }
        if (given != null && given.length() > MAX_TEXT) {
            throw new InvalidInputException("grounds", "must be at most " + MAX_TEXT + " characters");
        }
        Objection objection = new Objection(customerId, scope, channel, given, now);
        if (scope.isAbsolute()) {
            objection.settle(Status.UPHELD, ABSOLUTE, now);
        }
        return objection;
    }

    /**
     * Registers an objection a data subject request made: upheld at once when its scope is absolute,
     * otherwise pending. The grounds are the request's, kept in dsar-service.
     */
    public static Objection registerOnRequest(UUID customerId, UUID requestId, ObjectionScope scope,
            OffsetDateTime now) {
        Objection objection = new Objection(customerId, scope, Channel.PRIVACY_REQUEST, null, now);
        objection.requestId = requestId;
        if (scope.isAbsolute()) {
            objection.settle(Status.UPHELD, ABSOLUTE, now);
        }
        return objection;
    }

    /** The privacy officer's decision on a pending objection; an objection is decided once. */
    public void decide(Outcome outcome, String reason, String officer, OffsetDateTime now) {
        if (status != Status.PENDING) {
            throw new ConflictProblem("The objection was already decided (" + status + "); a decision is final");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must say why the objection is " + outcome);
        }
        settle(outcome == Outcome.UPHELD ? Status.UPHELD : Status.REJECTED, reason.strip(), now);
        decidedBy = officer;
    }

    private void settle(Status decided, String reason, OffsetDateTime now) {
        this.status = decided;
        this.decisionReason = reason;
        this.decidedAt = now;
        this.effectiveAt = decided == Status.UPHELD ? now : null;
    }

    /** Forgets the grounds once the objection is decided. Returns whether there were any to forget. */
    public boolean forgetGroundsIfDecided() {
        if (status == Status.PENDING || grounds == null) {
            return false;
        }
        grounds = null;
        return true;
    }

    public boolean isUpheld() {
        return status == Status.UPHELD;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public ObjectionScope scope() {
        return scope;
    }

    public Channel channel() {
        return channel;
    }

    public Status status() {
        return status;
    }

    public String grounds() {
        return grounds;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime effectiveAt() {
        return effectiveAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    /** The data subject request that made the objection; empty when it was registered directly. */
    public Optional<UUID> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The privacy officer who decided it (the token's subject); empty for an absolute or pending one. */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
