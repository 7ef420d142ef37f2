package no.los.customer.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.interaction.CaseReference;
import no.los.customer.interaction.CustomerCase;

@ApplicationScoped
public class CustomerCaseRepository implements PanacheRepositoryBase<CustomerCase, CustomerCase.Key> {

    public Optional<CustomerCase> find(UUID customerId, CaseReference reference) {
        return findByIdOptional(new CustomerCase.Key(customerId, reference));
    }

    public List<CustomerCase> ofCustomer(UUID customerId) {
        return list("key.customerId", customerId);
    }

    /** Closed cases kept through a day before {@code today}: their time is up. Their interactions go with them. */
    public long deleteKeptUntilBefore(LocalDate today) {
        return delete("keptUntil < ?1", today);
    }

    /** The customer's closed cases; their interactions go with them (on delete cascade). */
    public long deleteClosedOfCustomer(UUID customerId) {
        return delete("key.customerId = ?1 and closedOn is not null", customerId);
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("key.customerId", customerId);
    }
}
