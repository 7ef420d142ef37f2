package no.los.consumption.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.contract.SupplyContract;

@ApplicationScoped
public class SupplyContractRepository implements PanacheRepositoryBase<SupplyContract, UUID> {

    public List<SupplyContract> ofMeteringPoint(String meteringPointId) {
        return list("meteringPointId", meteringPointId);
    }

    public List<SupplyContract> ofCustomer(UUID customerId) {
        return list("customerId", customerId);
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
