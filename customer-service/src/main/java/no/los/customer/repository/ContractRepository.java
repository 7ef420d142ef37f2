package no.los.customer.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.contract.Contract;
import no.los.platform.identifiers.MeteringPointId;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public List<Contract> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by startsOn, registeredAt", customerId);
    }

    public List<Contract> onMeteringPoint(MeteringPointId meteringPointId) {
        return list("meteringPointId", meteringPointId.value());
    }

    /** The contract, if it is this customer's: another customer's contract is as good as unknown. */
    public Optional<Contract> ofCustomer(UUID customerId, UUID contractId) {
        return find("id = ?1 and customerId = ?2", contractId, customerId).firstResultOptional();
    }

    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
