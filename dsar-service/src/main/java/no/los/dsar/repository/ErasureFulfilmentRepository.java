package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.erasure.ErasureFulfilment;

@ApplicationScoped
public class ErasureFulfilmentRepository implements PanacheRepositoryBase<ErasureFulfilment, UUID> {

    public List<ErasureFulfilment> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by service", requestId);
    }
}
