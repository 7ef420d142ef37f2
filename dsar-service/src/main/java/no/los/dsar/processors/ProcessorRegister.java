package no.los.dsar.processors;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.repository.ProcessorRepository;
import no.los.dsar.repository.ProcessorRevisionRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.NotFoundProblem;

/**
 * The privacy officer keeps the processor register (Art. 28, R15): registers a processor, revises
 * its entry as the agreement changes, ends it. Every change writes a revision in the same
 * transaction, so the history can never miss a state the entry had. One entry per legal name: the
 * data maps name processors by it, and the records of processing resolve them by it.
 */
@ApplicationScoped
public class ProcessorRegister {

    /** The most entries the register holds, ended agreements included: far more than LOS has processors. */
    public static final int MAX_PROCESSORS = 1000;

    @Inject
    ProcessorRepository processors;

    @Inject
    ProcessorRevisionRepository revisions;

    /** Registers a processor at revision 1. */
    @Transactional
    public Processor register(ProcessorDetails details, String changedBy) {
        requireNameFree(details.legalName(), null);
        if (processors.count() >= MAX_PROCESSORS) {
            throw new ConflictProblem("The register holds at most " + MAX_PROCESSORS + " processors");
        }
        Processor processor = Processor.register(details);
        processors.persist(processor);
        revisions.persist(ProcessorRevision.of(processor, ProcessorRevision.Change.REGISTERED, changedBy,
                OffsetDateTime.now()));
        return processor;
    }

    /**
     * Makes the entry say what the details say, and records the revision; details that change
     * nothing leave the entry and its history as they are.
     */
    @Transactional
    public Processor revise(UUID id, ProcessorDetails details, String changedBy) {
        Processor processor = processors.findForUpdate(id).orElseThrow(() -> new NotFoundProblem("Processor"));
        requireNameFree(details.legalName(), id);
        processor.revise(details).ifPresent(change -> revisions.persist(
                ProcessorRevision.of(processor, change, changedBy, OffsetDateTime.now())));
        return processor;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Processor> find(UUID id) {
        return processors.findByIdOptional(id);
    }

    /** The whole register, ended agreements included, by legal name. */
    @Transactional(TxType.SUPPORTS)
    public List<Processor> all() {
        return processors.byLegalName();
    }

    /** Every revision of the entry, the first first. */
    @Transactional(TxType.SUPPORTS)
    public List<ProcessorRevision> history(UUID id) {
        if (processors.findByIdOptional(id).isEmpty()) {
            throw new NotFoundProblem("Processor");
        }
        return revisions.ofProcessor(id);
    }

    private void requireNameFree(String legalName, UUID except) {
        processors.withLegalName(legalName)
                .filter(existing -> !existing.id().equals(except))
                .ifPresent(existing -> {
                    throw new ConflictProblem("A processor with this legal name is already registered");
                });
    }
}
