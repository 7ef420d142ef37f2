package no.los.dsar.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.processors.Processor;

@ApplicationScoped
public class ProcessorRepository implements PanacheRepositoryBase<Processor, UUID> {

    /** The register in the order the privacy officer reads it: by legal name. */
    public List<Processor> byLegalName() {
        return list("order by lower(state.legalName)");
    }

    /** The entry with this legal name, in whatever case it was written. */
    public Optional<Processor> withLegalName(String legalName) {
        return find("lower(state.legalName) = lower(?1)", legalName).firstResultOptional();
    }

    /** The entry, locked until the transaction ends, so two changes cannot both take the next revision number. */
    public Optional<Processor> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
