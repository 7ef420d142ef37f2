package no.los.customer.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.Customer;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    /** Whether a customer's number is stored under one of these lookup hashes (current and previous key). */
    public boolean existsWithNationalId(List<byte[]> lookupHashes) {
        return lookupHashes.stream().anyMatch(hash -> count("nationalId.lookup", hash) > 0);
    }

    /** Whether another customer than {@code customerId} holds this national ID number. */
    public boolean otherHasNationalId(List<byte[]> lookupHashes, UUID customerId) {
        return lookupHashes.stream().anyMatch(hash -> count("nationalId.lookup = ?1 and id <> ?2", hash, customerId) > 0);
    }

    /** Customers whose number is not yet sealed or hashed with the current keys, a batch at a time. */
    public List<Customer> notOnKeys(String keyId, String lookupKeyId, int batch) {
        return find("nationalId.keyId is null or nationalId.keyId <> ?1 or nationalId.lookupKeyId is null "
                + "or nationalId.lookupKeyId <> ?2", keyId, lookupKeyId).page(0, batch).list();
    }

    public long countNotOnKeys(String keyId, String lookupKeyId) {
        return count("nationalId.keyId is null or nationalId.keyId <> ?1 or nationalId.lookupKeyId is null "
                + "or nationalId.lookupKeyId <> ?2", keyId, lookupKeyId);
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
