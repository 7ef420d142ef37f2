package no.los.dsar.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.dsar.RequestType;

/**
 * One service's part of an access or portability request. Life cycle: AWAITED from the request's
 * receipt; ANSWERED once the service's {@code no.los.rights.answered.v1} arrives, which is all a
 * portability request needs (the export is streamed from the services when the person downloads it);
 * for an access request COLLECTED once dsar-service has fetched the part over REST. A failed fetch is
 * recorded and tried again later. The fetched JSON is held apart, in {@code collected_part}
 * ({@code CollectedPartRepository}), and only until the report is assembled from it.
 */
@Entity
@Table(name = "rights_part")
public class RightsPart {

    /** The longest failure kind kept: a class's simple name, cut to it. */
    public static final int MAX_FAILURE = 200;

    /**
     * The requests every service answers: access and portability with a part of their own,
     * rectification with the categories it changed, restriction with the categories it stopped, an
     * objection, once upheld, with the categories whose processing it stopped.
     */
    public static final Set<RequestType> ANSWERED_BY_EVERY_SERVICE = Set.of(RequestType.ACCESS, RequestType.PORTABILITY,
            RequestType.RECTIFICATION, RequestType.RESTRICTION, RequestType.OBJECTION);

    /** Where the part stands. */
    public enum Status {
        /** The service has not answered yet. */
        AWAITED,
        /** The service has answered: its part is ready to be fetched. */
        ANSWERED,
        /** dsar-service has fetched the part (access requests only). */
        COLLECTED
    }

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "service", nullable = false)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "collected_at")
    private OffsetDateTime collectedAt;

    /** The categories the answer named, comma-separated; null until answered. */
    @Column(name = "answered_categories")
    private String answeredCategories;

    @Column(name = "lift_confirmed_at")
    private OffsetDateTime liftConfirmedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure")
    private String lastFailure;

    @Column(name = "retry_at")
    private OffsetDateTime retryAt;

    protected RightsPart() {
    }

    /** The request waits for this service's part. */
    public static RightsPart expect(UUID requestId, String service) {
        RightsPart part = new RightsPart();
        part.id = UUID.randomUUID();
        part.requestId = requestId;
        part.service = service;
        part.status = Status.AWAITED;
        return part;
    }

    /** The service has answered, naming these categories; an answer delivered again changes nothing. */
    public void answered(OffsetDateTime at, List<String> categories) {
        if (status == Status.AWAITED) {
            status = Status.ANSWERED;
            answeredAt = at;
            answeredCategories = String.join(",", categories);
        }
    }

    /** The service confirmed that it lifted the restriction; a confirmation delivered again changes nothing. */
    public void liftConfirmed(OffsetDateTime at) {
        if (liftConfirmedAt == null) {
            liftConfirmedAt = at;
        }
    }

    /** The categories the service's answer named: what it changed, stopped, or holds in its part. */
    public List<String> answeredCategories() {
        return answeredCategories == null || answeredCategories.isEmpty() ? List.of()
                : List.of(answeredCategories.split(","));
    }

    public Optional<OffsetDateTime> liftConfirmedAt() {
        return Optional.ofNullable(liftConfirmedAt);
    }

    /** The part was fetched; it is held apart ({@code collected_part}) until the report is assembled. */
    public void collected(OffsetDateTime at) {
        if (status != Status.ANSWERED) {
            throw new IllegalStateException("only an answered part can be collected");
        }
        status = Status.COLLECTED;
        collectedAt = at;
        retryAt = null;
    }

    /**
     * A fetch failed: counted, with the class of the failure (never its message, which could quote
     * data), and tried again no earlier than {@code retryAt}.
     */
    public void fetchFailed(Class<? extends Throwable> failure, OffsetDateTime retryAt) {
        failedAttempts++;
        String kind = failure.getSimpleName();
        lastFailure = kind.length() > MAX_FAILURE ? kind.substring(0, MAX_FAILURE) : kind;
        this.retryAt = retryAt;
    }

    /** Whether the request has from this service all it needs: an answer, and for access the part itself. */
    public boolean isIn(RequestType requestType) {
        return requestType == RequestType.ACCESS ? status == Status.COLLECTED : status != Status.AWAITED;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String service() {
        return service;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public OffsetDateTime collectedAt() {
        return collectedAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    /** The simple class name of the last failed fetch, if any failed. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
