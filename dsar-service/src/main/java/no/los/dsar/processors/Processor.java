package no.los.dsar.processors;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A processor in the register (Art. 28, R15): a company that processes personal data on LOS'
 * behalf under a data processing agreement. Life cycle: registered with a running agreement,
 * revised as the agreement changes, ended when it ends (and resumed if a new one is signed). Every
 * change is a numbered {@link ProcessorRevision}; the entry itself is never deleted, since the
 * records of processing and earlier access reports name it.
 */
@Entity
@Table(name = "processor")
public class Processor {

    /** Whether the data processing agreement runs. */
    public enum Status {
        ACTIVE,
        ENDED
    }

    @Id
    private UUID id;

    @Embedded
    private ProcessorState state;

    @Column(name = "revision", nullable = false)
    private int revision;

    protected Processor() {
    }

    /** A new entry, at revision 1. */
    public static Processor register(ProcessorDetails details) {
        Processor processor = new Processor();
        processor.id = UUID.randomUUID();
        processor.state = ProcessorState.of(details);
        processor.revision = 1;
        return processor;
    }

    /**
     * Makes the entry say what the details say. Returns the kind of change, or nothing when the
     * details say what the entry already says: that is no change, and no revision.
     */
    public Optional<ProcessorRevision.Change> revise(ProcessorDetails details) {
        ProcessorState next = ProcessorState.of(details);
        if (next.equals(state)) {
            return Optional.empty();
        }
        ProcessorRevision.Change change = ProcessorRevision.Change.between(state.status(), next.status());
        state = next;
        revision++;
        return Optional.of(change);
    }

    public UUID id() {
        return id;
    }

    public ProcessorState state() {
        return state;
    }

    /** The number of the latest revision. */
    public int revision() {
        return revision;
    }

    public boolean isActive() {
        return state.status() == Status.ACTIVE;
    }
}
