package no.los.consumption.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.metering.KnownMeteringPoint;

@ApplicationScoped
public class KnownMeteringPointRepository implements PanacheRepositoryBase<KnownMeteringPoint, String> {

    public List<String> idsOfCustomer(UUID customerId) {
        return getEntityManager()
                .createQuery("select p.id from KnownMeteringPoint p where p.customerId = ?1", String.class)
                .setParameter(1, customerId)
                .getResultList();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
