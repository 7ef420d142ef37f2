package no.los.consumption.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.contract.SupplyContract;

@ApplicationScoped
public class SupplyContractRepository implements PanacheRepositoryBase<SupplyContract, UUID> {

    /** A contract as the person's copy shows it, read as a projection. */
    public record ContractTerms(UUID id, String meteringPointId, String contractType, LocalDate startsOn,
            LocalDate endsOn, LocalDate cancelledOn, OffsetDateTime learntAt) {
    }

    public List<SupplyContract> ofMeteringPoint(String meteringPointId) {
        return list("meteringPointId", meteringPointId);
    }

    public List<SupplyContract> ofCustomer(UUID customerId) {
        return list("customerId", customerId);
    }

    /** The customer's contracts, oldest first, in one query. */
    public List<ContractTerms> termsOfCustomer(UUID customerId) {
        return getEntityManager().createQuery("""
                select c.id, c.meteringPointId, c.contractType, c.startsOn, c.endsOn, c.cancelledOn, c.learntAt
                from SupplyContract c where c.customerId = ?1 order by c.startsOn, c.id""", ContractTerms.class)
                .setParameter(1, customerId)
                .getResultList();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }

    /**
     * Waits for a delivery of readings being stored (it holds the contracts in share mode until it
     * commits) and keeps new ones from starting until this transaction ends.
     */
    public void lockAgainstDeliveries() {
        getEntityManager().createNativeQuery("lock table supply_contract in row exclusive mode").executeUpdate();
    }

    /** The customers of the point's contracts, in a fixed order: the customers whose locks a batch for it takes. */
    public List<UUID> customersOfMeteringPoint(String meteringPointId) {
        return getEntityManager().createQuery("""
                select distinct c.customerId from SupplyContract c where c.meteringPointId = ?1
                order by c.customerId""", UUID.class).setParameter(1, meteringPointId).getResultList();
    }
}
