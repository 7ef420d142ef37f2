package no.los.platform.customers;

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

/**
 * The customers this service knows: those customer-service registered, learnt from its
 * {@code registered} events ({@link CustomerRegisteredHandler}). A service that acts on staff calls
 * naming a customer id switches the register on ({@code los.known-customers.enabled=true}, with the
 * Flyway location {@code db/known-customers}) and asks it with {@link #require} before it stores or
 * publishes anything, so nothing is kept for a person who does not exist. An erasure request deletes
 * the person's row: {@link no.los.platform.rights.RightsProtocol} as the service erases, or, in a
 * service that erases nothing itself (dsar-service), once customer-service confirms the erasure.
 */
@ApplicationScoped
public class KnownCustomers {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "los.known-customers.enabled")
    boolean enabled;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /** Whether this service keeps the register. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Refuses a customer id this service has not learnt (or has erased) with a 404 problem.
     *
     * @throws UnknownCustomerProblem if the register does not hold the id
     */
    @Transactional(TxType.SUPPORTS)
    public void require(UUID customerId) {
        if (registeredAt(customerId).isEmpty()) {
            throw new UnknownCustomerProblem(serviceName);
        }
    }

    /** When customer-service registered the customer, if this service knows them. */
    @Transactional(TxType.SUPPORTS)
    public Optional<OffsetDateTime> registeredAt(UUID customerId) {
        ensureEnabled();
        List<?> rows = entityManager.createNativeQuery("select registered_at from known_customer where customer_id = ?1",
                OffsetDateTime.class).setParameter(1, customerId).getResultList();
        return rows.stream().map(OffsetDateTime.class::cast).findFirst();
    }

    /** Records a registered customer; learning the same customer again changes nothing. */
    @Transactional(TxType.MANDATORY)
    public void learn(UUID customerId, OffsetDateTime registeredAt) {
        ensureEnabled();
        entityManager.createNativeQuery("insert into known_customer (customer_id, registered_at) values (?1, ?2) "
                + "on conflict (customer_id) do nothing")
                .setParameter(1, customerId).setParameter(2, registeredAt).executeUpdate();
    }

    /** Deletes the customer's row; returns how many rows went (0 or 1). */
    @Transactional(TxType.MANDATORY)
    public int forget(UUID customerId) {
        ensureEnabled();
        return entityManager.createNativeQuery("delete from known_customer where customer_id = ?1")
                .setParameter(1, customerId).executeUpdate();
    }

    private void ensureEnabled() {
        if (!enabled) {
            throw new IllegalStateException(serviceName + " keeps no register of known customers "
                    + "(los.known-customers.enabled=false)");
        }
    }
}
