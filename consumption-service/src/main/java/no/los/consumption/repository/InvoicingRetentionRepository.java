package no.los.consumption.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.privacy.InvoicingRetention;

@ApplicationScoped
public class InvoicingRetentionRepository implements PanacheRepositoryBase<InvoicingRetention, UUID> {

    /** The keep-until date recorded for a former customer, as the person's copy shows it. */
    public record KeptUntil(LocalDate relationshipEndedOn, LocalDate keptUntil) {
    }

    /** The customers whose invoicing data was kept until a day before {@code today}. */
    public List<UUID> customersKeptUntilBefore(LocalDate today) {
        return getEntityManager()
                .createQuery("select r.customerId from InvoicingRetention r where r.keptUntil < ?1 order by r.keptUntil",
                        UUID.class)
                .setParameter(1, today)
                .getResultList();
    }

    /** The customer's recorded keep-until date: none or one. */
    public List<KeptUntil> keptUntilOf(UUID customerId) {
        return getEntityManager().createQuery("""
                select r.relationshipEndedOn, r.keptUntil from InvoicingRetention r where r.customerId = ?1""",
                KeptUntil.class)
                .setParameter(1, customerId)
                .getResultList();
    }
}
