package no.los.customer.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.metering.MeterSwap;
import no.los.platform.identifiers.MeteringPointId;

@ApplicationScoped
public class MeterSwapRepository implements PanacheRepositoryBase<MeterSwap, UUID> {

    /** The swaps at these points, oldest first. */
    public List<MeterSwap> ofMeteringPoints(Collection<String> meteringPointIds) {
        if (meteringPointIds.isEmpty()) {
            return List.of();
        }
        return list("meteringPointId in ?1 order by swappedOn, recordedAt", meteringPointIds);
    }

    public Optional<LocalDate> lastSwappedOn(MeteringPointId meteringPointId) {
        return find("meteringPointId = ?1 order by swappedOn desc", meteringPointId.value()).firstResultOptional()
                .map(MeterSwap::swappedOn);
    }

    public long countAt(MeteringPointId meteringPointId) {
        return count("meteringPointId", meteringPointId.value());
    }

    /** The swaps at the points the customer is the tenant of: they go with those points. */
    public long countAtPointsOf(UUID customerId) {
        return getEntityManager().createQuery("select count(s) from MeterSwap s, MeteringPoint m "
                + "where s.meteringPointId = m.id and m.customerId = :customer", Long.class)
                .setParameter("customer", customerId).getSingleResult();
    }
}
