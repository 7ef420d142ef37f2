package no.los.marketing.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.suppression.SuppressionEntry;
import no.los.marketing.suppression.SuppressionReason;

/** The suppression list, searched by keyed hashes only. */
@ApplicationScoped
public class SuppressionEntryRepository implements PanacheRepositoryBase<SuppressionEntry, UUID> {

    /** The lines under any of the customer's hashes (current key, and previous key in a grace period). */
    public List<SuppressionEntry> ofCustomer(List<byte[]> customerHashes) {
        return list("customerHash in ?1", customerHashes);
    }

    public boolean holds(byte[] customerHash, byte[] addressHash, SuppressionReason reason) {
        return addressHash == null
                ? count("customerHash = ?1 and addressHash is null and reason = ?2", customerHash, reason) > 0
                : count("customerHash = ?1 and addressHash = ?2 and reason = ?3", customerHash, addressHash, reason) > 0;
    }

    /** Entries that name the customer, or the address under any customer: what blocks a newsletter. */
    public long naming(List<byte[]> customerHashes, List<byte[]> addressHashes) {
        return count("customerHash in ?1 or addressHash in ?2", customerHashes, addressHashes);
    }

    /**
     * The customer's own entries: the one for the customer and those for the addresses suppressed
     * on the customer's behalf; another customer's entry for a shared address is not among them.
     */
    public long heldFor(List<byte[]> customerHashes) {
        return count("customerHash in ?1", customerHashes);
    }

    /** Lifts the customer's consent-withdrawal entries that are older than a fresh consent. */
    public long liftWithdrawalsBefore(List<byte[]> customerHashes, OffsetDateTime consentGivenAt) {
        return delete("customerHash in ?1 and reason = ?2 and since < ?3", customerHashes,
                SuppressionReason.CONSENT_WITHDRAWN, consentGivenAt);
    }
}
