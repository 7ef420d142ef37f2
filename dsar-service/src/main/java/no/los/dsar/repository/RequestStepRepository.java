package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.RequestStep;

@ApplicationScoped
public class RequestStepRepository implements PanacheRepositoryBase<RequestStep, UUID> {

    /** The steps of a request, the first first. */
    public List<RequestStep> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by takenAt, id", requestId);
    }
}
