package no.los.dsar.processors;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change of a processor's entry: who made it (the subject of their token), when, and what the
 * entry became. Written once, never changed: the register's history is the evidence an auditor
 * asks for when a processor's agreement, location or systems changed (Art. 5(2), 28).
 */
@Entity
@Table(name = "processor_revision")
public class ProcessorRevision {

    /** What the change did to the entry. */
    public enum Change {
        REGISTERED,
        REVISED,
        ENDED,
        RESUMED;

        static Change between(Processor.Status before, Processor.Status after) {
            if (before == after) {
                return REVISED;
            }
            return after == Processor.Status.ENDED ? ENDED : RESUMED;
        }
    }

    @Id
    private UUID id;

    @Column(name = "processor_id", nullable = false)
    private UUID processorId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "change", nullable = false)
    private Change change;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Embedded
    private ProcessorState state;

    /** The longest token subject OpenID Connect allows (Core 1.0, section 2). */
    public static final int MAX_CHANGED_BY = 255;

    protected ProcessorRevision() {
    }

    /** The entry as it is now, after the change. */
    static ProcessorRevision of(Processor processor, Change change, String changedBy, OffsetDateTime changedAt) {
        if (changedBy == null || changedBy.isBlank() || changedBy.length() > MAX_CHANGED_BY) {
            throw new IllegalArgumentException("a revision is made by a token subject of 1 to " + MAX_CHANGED_BY
                    + " characters");
        }
        ProcessorRevision revision = new ProcessorRevision();
        revision.id = UUID.randomUUID();
        revision.processorId = processor.id();
        revision.revision = processor.revision();
        revision.change = change;
        revision.changedBy = changedBy;
        revision.changedAt = changedAt;
        revision.state = processor.state().copy();
        return revision;
    }

    public UUID processorId() {
        return processorId;
    }

    public int revision() {
        return revision;
    }

    public Change change() {
        return change;
    }

    /** The token subject of the privacy officer who made the change (or the migration that seeded it). */
    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** What the entry became. */
    public ProcessorState state() {
        return state;
    }
}
