package no.los.customer.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.interaction.Interaction;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {

    /** The customer's interactions, newest first. */
    public List<Interaction> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by occurredAt desc, id", customerId);
    }

    public Optional<Interaction> ofCustomer(UUID customerId, UUID interactionId) {
        return find("customerId = ?1 and id = ?2", customerId, interactionId).firstResultOptional();
    }

    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    /** Interactions of the customer's cases that are closed. */
    public long countInClosedCases(UUID customerId) {
        return getEntityManager().createQuery("select count(i) from Interaction i, CustomerCase c "
                + "where c.key.customerId = i.customerId and c.key.reference = i.caseReference "
                + "and i.customerId = :customer and c.closedOn is not null", Long.class)
                .setParameter("customer", customerId).getSingleResult();
    }

    /** Interactions of closed cases kept through a day before {@code today}, which the sweep deletes with their cases. */
    public long countExpired(LocalDate today) {
        return getEntityManager().createQuery("select count(i) from Interaction i, CustomerCase c "
                + "where c.key.customerId = i.customerId and c.key.reference = i.caseReference "
                + "and c.keptUntil < :today", Long.class)
                .setParameter("today", today).getSingleResult();
    }
}
