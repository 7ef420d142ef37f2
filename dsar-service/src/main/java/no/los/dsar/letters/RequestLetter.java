package no.los.dsar.letters;

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

import no.los.platform.problem.InvalidInputException;

/**
 * A letter to the person about their request, other than the data itself: a preliminary answer
 * that extends the deadline, a refusal, or the notice that it is carried out. Kept with the request as the record of what the person
 * was told and when (Art. 5(2), 12), and shown to them on Min side; rendered in Norwegian when read.
 */
@Entity
@Table(name = "request_letter")
public class RequestLetter {

    /** The longest reasons a letter gives. */
    public static final int MAX_REASONS = 2000;

    /** Who writes a completion notice: no person, the service itself. */
    public static final String WRITTEN_BY_THE_SERVICE = "dsar-service";

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private LetterKind kind;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "likely_answered_on")
    private LocalDate likelyAnsweredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    private RefusalGround refusalGround;

    protected RequestLetter() {
    }

    /** The preliminary answer that extends the deadline: why more time is needed, and the likely date. */
    public static RequestLetter preliminaryAnswer(UUID requestId, String reasons, LocalDate likelyAnsweredOn,
            String writtenBy, OffsetDateTime at) {
        RequestLetter letter = written(requestId, LetterKind.PRELIMINARY_ANSWER, reasons, writtenBy, at);
        letter.likelyAnsweredOn = likelyAnsweredOn;
        return letter;
    }

    /** The notice that the request is carried out, written by dsar-service as it completes. */
    public static RequestLetter completion(UUID requestId, String summary, OffsetDateTime at) {
        return written(requestId, LetterKind.COMPLETION, summary, WRITTEN_BY_THE_SERVICE, at);
    }

    /** The notice, before a restriction is lifted, that it will be and why (Art. 18(3)). */
    public static RequestLetter liftingNotice(UUID requestId, String reasons, String writtenBy, OffsetDateTime at) {
        return written(requestId, LetterKind.LIFTING_NOTICE, reasons, writtenBy, at);
    }

    /** The refusal: its ground and the reasons for it. */
    public static RequestLetter refusal(UUID requestId, RefusalGround ground, String reasons, String writtenBy,
            OffsetDateTime at) {
        if (ground == null) {
            throw new InvalidInputException("ground", "is required");
        }
        RequestLetter letter = written(requestId, LetterKind.REFUSAL, reasons, writtenBy, at);
        letter.refusalGround = ground;
        return letter;
    }

    private static RequestLetter written(UUID requestId, LetterKind kind, String reasons, String writtenBy,
            OffsetDateTime at) {
        if (reasons == null || reasons.isBlank()) {
            throw new InvalidInputException("reasons", "are required: the person is told why");
        }
        if (reasons.strip().length() > MAX_REASONS) {
            throw new InvalidInputException("reasons", "must be at most " + MAX_REASONS + " characters");
        }
        RequestLetter letter = new RequestLetter();
        letter.id = UUID.randomUUID();
        letter.requestId = requestId;
        letter.kind = kind;
        letter.reasons = reasons.strip();
        letter.writtenBy = writtenBy;
        letter.writtenAt = at;
        return letter;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public LetterKind kind() {
        return kind;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }

    /** The token subject of the privacy officer who sent it; {@link #WRITTEN_BY_THE_SERVICE} for a completion. */
    public String writtenBy() {
        return writtenBy;
    }

    public String reasons() {
        return reasons;
    }

    /** For a preliminary answer: the day the answer is likely to come. */
    public Optional<LocalDate> likelyAnsweredOn() {
        return Optional.ofNullable(likelyAnsweredOn);
    }

    /** For a refusal: its ground. */
    public Optional<RefusalGround> refusalGround() {
        return Optional.ofNullable(refusalGround);
    }
}
