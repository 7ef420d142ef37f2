package no.los.consent.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consent.ConsentEntry;
import no.los.consent.Purpose;

@ApplicationScoped
public class ConsentLedgerRepository implements PanacheRepositoryBase<ConsentEntry, UUID> {

    /** The whole history of one customer, oldest first. */
    public List<ConsentEntry> historyOf(UUID customerId) {
        return list("customerId = ?1 order by recordedAt, id", customerId);
    }

    /** The same history read through a cursor, for an export; needs a transaction and must be closed. */
    public Stream<ConsentEntry> streamHistoryOf(UUID customerId) {
        return find("customerId = ?1 order by recordedAt, id", customerId)
                .withHint(HibernateHints.HINT_FETCH_SIZE, 200).stream();
    }

    public long countOf(UUID customerId) {
        return count("customerId", customerId);
    }

    /** When the customer's ledger last changed, if it has any line. */
    public Optional<OffsetDateTime> lastRecordedAt(UUID customerId) {
        return find("customerId = ?1 order by recordedAt desc", customerId).firstResultOptional()
                .map(ConsentEntry::recordedAt);
    }

    /** Deletes the customer's lines recorded up to and including the instant; returns how many went. */
    public long deleteRecordedUpTo(UUID customerId, OffsetDateTime instant) {
        return delete("customerId = ?1 and recordedAt <= ?2", customerId, instant);
    }

    /** The latest line for a purpose: its current state. */
    public Optional<ConsentEntry> latest(UUID customerId, Purpose purpose) {
        return find("customerId = ?1 and purpose = ?2 order by recordedAt desc", customerId, purpose)
                .firstResultOptional();
    }
}
