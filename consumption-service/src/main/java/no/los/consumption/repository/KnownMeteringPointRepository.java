package no.los.consumption.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.metering.KnownMeteringPoint;

@ApplicationScoped
public class KnownMeteringPointRepository implements PanacheRepositoryBase<KnownMeteringPoint, String> {

    /** A metering point as the person's copy shows it, read as a projection. */
    public record LearntMeteringPoint(String id, String priceArea, OffsetDateTime learntAt) {
    }

    /** The customer's metering points, by id, in one query. */
    public List<LearntMeteringPoint> learntOfCustomer(UUID customerId) {
        return getEntityManager().createQuery("""
                select p.id, p.priceArea, p.learntAt from KnownMeteringPoint p
                where p.customerId = ?1 order by p.id""", LearntMeteringPoint.class)
                .setParameter(1, customerId)
                .getResultList();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
