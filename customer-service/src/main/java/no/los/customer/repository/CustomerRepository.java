package no.los.customer.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.Customer;
import no.los.platform.identifiers.MeteringPointId;

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

    /** Where a page of a search ended: the last customer's name and id, in the order of names. */
    public record SearchCursor(String fullName, UUID id) {
    }

    private static final String BY_NAME = " order by lower(c.fullName), c.id";
    private static final String AFTER_CURSOR = " and (lower(c.fullName) > lower(:name) "
            + "or (lower(c.fullName) = lower(:name) and c.id > :id))";

    /** The customer stored under one of these lookup hashes: a national ID number is held once. */
    public List<Customer> withNationalIdAmong(List<byte[]> lookupHashes) {
        return lookupHashes.stream().flatMap(hash -> find("nationalId.lookup", hash).<Customer>stream()).distinct().toList();
    }

    /** Customers whose phone number ends in these digits, spaces and signs left out (index customer_phone_digits). */
    public List<Customer> withPhoneEndingIn(String lastDigits, SearchCursor after, int count) {
        return page("right(function('regexp_replace', c.phone, '[^0-9]', '', 'g'), " + lastDigits.length() + ") = :key",
                lastDigits, after, count);
    }

    /**
     * Customers with this e-mail address, without regard to case (index customer_email_lower). Both
     * sides are lowered by the database, so the comparison holds whatever its locale.
     */
    public List<Customer> withEmail(String email, SearchCursor after, int count) {
        return page("lower(c.email) = lower(:key)", email, after, count);
    }

    /**
     * Customers one of whose name's words (after a space or a hyphen) starts with the prefix, without
     * regard to case; the wildcards of {@code like} in it match only themselves (indexes
     * customer_name_prefix and customer_name_trigrams). Both sides are lowered by the database.
     */
    public List<Customer> withNamePrefix(String prefix, SearchCursor after, int count) {
        String escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return page("(lower(c.fullName) like lower(:key) escape '!' "
                + "or lower(c.fullName) like lower(concat('% ', :key)) escape '!' "
                + "or lower(c.fullName) like lower(concat('%-', :key)) escape '!')", escaped + "%", after, count);
    }

    /** The customer the metering point is registered to, if any. */
    public List<Customer> supplyingAt(MeteringPointId meteringPointId) {
        return getEntityManager().createQuery("select c from Customer c, MeteringPoint m "
                + "where m.customerId = c.id and m.id = :id", Customer.class)
                .setParameter("id", meteringPointId.value())
                .getResultList();
    }

    private List<Customer> page(String condition, String key, SearchCursor after, int count) {
        var query = getEntityManager().createQuery("select c from Customer c where " + condition
                + (after == null ? "" : AFTER_CURSOR) + BY_NAME, Customer.class)
                .setParameter("key", key)
                .setMaxResults(count);
        if (after != null) {
            query.setParameter("name", after.fullName()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** The full names of the given customers, by id; ids of customers gone are left out. */
    public Map<UUID, String> namesOf(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select c.id, c.fullName from Customer c where c.id in :ids", Object[].class)
                .setParameter("ids", customerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /**
     * Customers whose contracts have all been terminated or cancelled, the last of them ending on or before
     * {@code today}, and who are not yet former customers.
     */
    public List<UUID> withLastContractEndedBy(LocalDate today) {
        return getEntityManager().createQuery("""
                select c.customerId from Contract c, Customer customer
                where customer.id = c.customerId and customer.relationshipEndedOn is null
                group by c.customerId
                having count(c) = count(coalesce(c.cancelledOn, c.endsOn))
                    and max(coalesce(c.cancelledOn, c.endsOn)) <= :today""", UUID.class)
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
