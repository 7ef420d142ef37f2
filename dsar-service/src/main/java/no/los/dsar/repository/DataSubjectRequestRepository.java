package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.DataSubjectRequest;

@ApplicationScoped
public class DataSubjectRequestRepository implements PanacheRepositoryBase<DataSubjectRequest, UUID> {

    public List<DataSubjectRequest> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt desc", customerId);
    }
}
