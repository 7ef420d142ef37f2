package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.transfer.TransferEndpoint;

@ApplicationScoped
public class TransferEndpointRepository implements PanacheRepositoryBase<TransferEndpoint, UUID> {

    public List<TransferEndpoint> byName() {
        return list("order by organisationName, createdAt");
    }

    public List<TransferEndpoint> activeByName() {
        return list("active = true order by organisationName, createdAt");
    }
}
