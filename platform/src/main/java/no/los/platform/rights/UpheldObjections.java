package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.platform.persistence.NativeTimestamps;

/**
 * The upheld objections (Art. 21) this service knows of, in table {@code upheld_objection}.
 * {@link RightsProtocol} writes one row for every {@code objection-registered} consent-service
 * publishes; a service that processes in a scope asks {@link #objected} before it does, and leaves
 * objectors out of its lists in SQL ({@link #notObjected}). The rows hold ids, scope and time only.
 */
@ApplicationScoped
public class UpheldObjections {

    /** One upheld objection: which, against what, since when. */
    public record UpheldObjection(UUID objectionId, String scope, OffsetDateTime effectiveAt) {
    }

    /**
     * A condition for a native query that leaves out the people who objected in the scope.
     *
     * @param customerIdColumn the outer query's customer id column, qualified, e.g. {@code p.customer_id}
     * @param scope            the objection scope, a constant such as {@code PEER_COMPARISON}, never input
     */
    public static String notObjected(String customerIdColumn, String scope) {
        if (!scope.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("an objection scope is a constant such as PEER_COMPARISON");
        }
        return "not exists (select 1 from upheld_objection objected where objected.customer_id = " + customerIdColumn
                + " and objected.scope = '" + scope + "')";
    }

    @Inject
    EntityManager entityManager;

    /** The person's upheld objections, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<UpheldObjection> of(UUID customerId) {
        List<?> rows = entityManager.createNativeQuery("select objection_id, scope, effective_at from upheld_objection "
                + "where customer_id = ?1 order by effective_at, objection_id")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new UpheldObjection((UUID) row[0], (String) row[1], NativeTimestamps.utc(row[2]))).toList();
    }

    /** Whether the person's objection in this scope is upheld. */
    @Transactional(TxType.SUPPORTS)
    public boolean objected(UUID customerId, String scope) {
        return !entityManager.createNativeQuery("select 1 from upheld_objection where customer_id = ?1 and scope = ?2")
                .setParameter(1, customerId).setParameter(2, scope).setMaxResults(1).getResultList().isEmpty();
    }

    /** Records the upheld objection; the same objection heard again changes nothing. */
    @Transactional(TxType.MANDATORY)
    void record(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt) {
        entityManager.createNativeQuery("insert into upheld_objection (customer_id, objection_id, scope, effective_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (customer_id, objection_id) do nothing")
                .setParameter(1, customerId).setParameter(2, objectionId).setParameter(3, scope)
                .setParameter(4, effectiveAt).executeUpdate();
    }

    /** How many upheld objections of the person this service keeps. */
    @Transactional(TxType.SUPPORTS)
    long countOf(UUID customerId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from upheld_objection where customer_id = ?1")
                .setParameter(1, customerId).getSingleResult()).longValue();
    }
}
