package no.los.dsar.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.IdentityCode;

@ApplicationScoped
public class IdentityCodeRepository implements PanacheRepositoryBase<IdentityCode, UUID> {

    /** The code sent last for the request: the one that counts. */
    public Optional<IdentityCode> latestOf(UUID requestId) {
        return find("requestId = ?1 order by sentAt desc", requestId).firstResultOptional();
    }

    /** Every code sent for the request, the first first. */
    public List<IdentityCode> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by sentAt", requestId);
    }

    public long countOf(UUID requestId) {
        return count("requestId", requestId);
    }
}
