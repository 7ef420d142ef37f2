package no.los.marketing.service;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.repository.SuppressionEntryRepository;
import no.los.marketing.suppression.SuppressionEntry;
import no.los.marketing.suppression.SuppressionHashes;
import no.los.marketing.suppression.SuppressionReason;

/**
 * Who marketing must not reach again, held as keyed hashes. Every check of an address or a customer
 * against the list, and every change to it, goes through here.
 */
@ApplicationScoped
public class SuppressionList {

    @Inject
    SuppressionEntryRepository entries;

    @Inject
    SuppressionHashes hashes;

    /**
     * Suppresses the customer and every address known to belong to them: the current one, and those
     * earlier entries already name (so an objection after a withdrawal also covers the old address).
     * A line already on the list is not added twice.
     */
    @Transactional(TxType.MANDATORY)
    public void suppress(UUID customerId, Optional<NewsletterAddress> currentAddress, SuppressionReason reason,
            OffsetDateTime since) {
        byte[] customer = hashes.ofCustomer(customerId);
        Set<ByteBuffer> addresses = new LinkedHashSet<>();
        currentAddress.map(hashes::ofAddress).map(ByteBuffer::wrap).ifPresent(addresses::add);
        // Only lines under the current key give addresses to suppress again: a previous key's hash of an
        // address cannot be turned into the current key's; those lines keep blocking on their own.
        entries.ofCustomer(List.of(customer)).stream()
                .map(SuppressionEntry::addressHash)
                .filter(hash -> hash != null)
                .map(ByteBuffer::wrap)
                .forEach(addresses::add);
        if (addresses.isEmpty()) {
            add(customer, null, reason, since);
        }
        addresses.forEach(address -> add(customer, address.array(), reason, since));
    }

    /**
     * How many lines are kept for the customer: those made for them, with or without an address.
     * A line another customer's trigger made for a shared address is that customer's, not theirs.
     */
    @Transactional(TxType.MANDATORY)
    public long entriesOf(UUID customerId) {
        return entries.heldFor(hashes.matchingCustomer(customerId));
    }

    /** The customer's own lines, oldest first: what the customer sees of the list when asking for access. */
    @Transactional(TxType.SUPPORTS)
    public List<SuppressionEntry> linesOf(UUID customerId) {
        return entries.ofCustomer(hashes.matchingCustomer(customerId)).stream()
                .sorted(Comparator.comparing(SuppressionEntry::since))
                .toList();
    }

    /** Whether the customer or the address, suppressed under any customer, may not receive the newsletter. */
    @Transactional(TxType.MANDATORY)
    public boolean blocks(UUID customerId, NewsletterAddress address) {
        return entries.naming(hashes.matchingCustomer(customerId), hashes.matchingAddress(address)) > 0;
    }

    /** A fresh consent lifts the customer's own withdrawal entries made before it; an objection stays. */
    @Transactional(TxType.MANDATORY)
    public void liftWithdrawalsBefore(UUID customerId, OffsetDateTime consentGivenAt) {
        entries.liftWithdrawalsBefore(hashes.matchingCustomer(customerId), consentGivenAt);
    }

    private void add(byte[] customer, byte[] address, SuppressionReason reason, OffsetDateTime since) {
        if (!entries.holds(customer, address, reason)) {
            entries.persist(new SuppressionEntry(customer, address, reason, since));
        }
    }
}
