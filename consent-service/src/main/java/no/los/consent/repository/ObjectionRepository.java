package no.los.consent.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consent.Objection;
import no.los.consent.ObjectionScope;

@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<Objection, UUID> {

    /** Every objection of one customer, oldest first. */
    public List<Objection> of(UUID customerId) {
        return list("customerId = ?1 order by registeredAt, id", customerId);
    }

    /** The same objections read through a cursor, for an export; needs a transaction and must be closed. */
    public Stream<Objection> streamOf(UUID customerId) {
        return find("customerId = ?1 order by registeredAt, id", customerId)
                .withHint(HibernateHints.HINT_FETCH_SIZE, 200).stream();
    }

    /** One of the customer's objections; another customer's is as good as none. */
    public Optional<Objection> ofCustomer(UUID customerId, UUID objectionId) {
        return find("id = ?1 and customerId = ?2", objectionId, customerId).firstResultOptional();
    }

    /** The objection a data subject request made, if it was recorded. */
    public Optional<Objection> ofRequest(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    /** The customer's standing objection to direct marketing, if any. */
    public Optional<Objection> standingAgainstDirectMarketing(UUID customerId) {
        return find("customerId = ?1 and scope = ?2 and status = ?3", customerId, ObjectionScope.DIRECT_MARKETING,
                Objection.Status.UPHELD).firstResultOptional();
    }

    public long countOf(UUID customerId) {
        return count("customerId", customerId);
    }
}
