package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.los.platform.persistence.NativeTimestamps;

/**
 * The people whose processing is restricted in this service (Art. 18), in table
 * {@code restricted_customer}. {@link RightsProtocol} writes it when a restriction request arrives
 * and deletes the row when dsar-service publishes that the restriction was lifted; the service asks
 * {@link #requireUnrestricted} before it processes or changes a person's data, and leaves restricted
 * people out of its lists in SQL ({@link #notRestricted}).
 */
@ApplicationScoped
public class Restrictions {

    /**
     * A condition for a native query that leaves restricted people out.
     *
     * @param customerIdColumn the outer query's customer id column, qualified, e.g. {@code s.customer_id}
     */
    public static String notRestricted(String customerIdColumn) {
        return "not exists (select 1 from restricted_customer restricted where restricted.customer_id = "
                + customerIdColumn + ")";
    }

    /** Since when and on which request the person is restricted; the first, when several requests are in force. */
    public record Restriction(UUID requestId, OffsetDateTime restrictedAt) {
    }

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Transactional(TxType.SUPPORTS)
    public Optional<Restriction> of(UUID customerId) {
        List<?> rows = entityManager.createNativeQuery(
                "select request_id, restricted_at from restricted_customer where customer_id = ?1 "
                        + "order by restricted_at, request_id limit 1")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Restriction((UUID) row[0], NativeTimestamps.utc(row[1]))).findFirst();
    }

    @Transactional(TxType.SUPPORTS)
    public boolean isRestricted(UUID customerId) {
        return of(customerId).isPresent();
    }

    /**
     * Refuses to go on for a restricted person with a 409 problem.
     *
     * @param what what would have happened, e.g. {@code "Changing the app profile"}
     */
    @Transactional(TxType.SUPPORTS)
    public void requireUnrestricted(UUID customerId, String what) {
        if (isRestricted(customerId)) {
            throw new ProcessingRestricted(serviceName, what);
        }
    }

    /** Marks the person restricted on the request; the same request delivered again changes nothing. */
    @Transactional(TxType.MANDATORY)
    void restrict(UUID customerId, UUID requestId, OffsetDateTime at) {
        entityManager.createNativeQuery("insert into restricted_customer (customer_id, request_id, restricted_at) "
                + "values (?1, ?2, ?3) on conflict (customer_id, request_id) do nothing")
                .setParameter(1, customerId).setParameter(2, requestId).setParameter(3, at).executeUpdate();
    }

    /**
     * Lifts the restriction the request put in place; returns whether one was lifted. Another request's
     * restriction of the same person stays in force.
     */
    @Transactional(TxType.MANDATORY)
    boolean lift(UUID customerId, UUID requestId) {
        return entityManager.createNativeQuery("delete from restricted_customer where customer_id = ?1 and request_id = ?2")
                .setParameter(1, customerId).setParameter(2, requestId).executeUpdate() > 0;
    }

    /** Deletes the person's rows, whichever requests made them; returns how many went. */
    @Transactional(TxType.MANDATORY)
    int forget(UUID customerId) {
        return entityManager.createNativeQuery("delete from restricted_customer where customer_id = ?1")
                .setParameter(1, customerId).executeUpdate();
    }
}
