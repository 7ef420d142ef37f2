package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.processors.ProcessorRevision;

@ApplicationScoped
public class ProcessorRevisionRepository implements PanacheRepositoryBase<ProcessorRevision, UUID> {

    /** Every revision of the entry, the first first. */
    public List<ProcessorRevision> ofProcessor(UUID processorId) {
        return list("processorId = ?1 order by revision", processorId);
    }
}
