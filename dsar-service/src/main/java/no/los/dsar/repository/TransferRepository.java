package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.transfer.Transfer;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID> {

    public List<Transfer> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by attemptedAt", requestId);
    }

    /** Whether any transfer has gone, or been tried, to the endpoint. */
    public boolean anyTo(UUID endpointId) {
        return count("endpointId", endpointId) > 0;
    }
}
