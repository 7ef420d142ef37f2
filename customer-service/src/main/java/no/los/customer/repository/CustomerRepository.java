package no.los.customer.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.Customer;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public boolean existsWithNationalId(byte[] lookupHash) {
        return count("nationalIdLookup", lookupHash) > 0;
    }

    /** Whether another customer than {@code customerId} holds this national ID number. */
    public boolean otherHasNationalId(byte[] lookupHash, UUID customerId) {
        return count("nationalIdLookup = ?1 and id <> ?2", lookupHash, customerId) > 0;
    }

    /**
     * Customers whose contracts have all been terminated, the last of them ending on or before
     * {@code today}, and who are not yet former customers.
     */
    public List<UUID> withLastContractEndedBy(LocalDate today) {
        return getEntityManager().createQuery("""
                select c.customerId from Contract c, Customer customer
                where customer.id = c.customerId and customer.relationshipEndedOn is null
                group by c.customerId
                having count(c) = count(c.endsOn) and max(c.endsOn) <= :today""", UUID.class)
                .setParameter("today", today)
                .getResultList();
    }

    /** Former customers whose last day of keeping lies before {@code today}. */
    public List<UUID> keptUntilBefore(LocalDate today) {
        return getEntityManager().createQuery("select c.id from Customer c where c.keptUntil < :today", UUID.class)
                .setParameter("today", today)
                .getResultList();
    }
}
