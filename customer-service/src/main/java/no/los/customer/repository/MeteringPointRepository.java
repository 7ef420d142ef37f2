package no.los.customer.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.metering.MeteringPoint;

@ApplicationScoped
public class MeteringPointRepository implements PanacheRepositoryBase<MeteringPoint, String> {

    public List<MeteringPoint> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by addedAt", customerId);
    }

    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
