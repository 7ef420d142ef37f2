package no.los.consumption.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.erasure.InvoicingRetention;

@ApplicationScoped
public class InvoicingRetentionRepository implements PanacheRepositoryBase<InvoicingRetention, UUID> {

    /** The customers whose invoicing data was kept until a day before {@code today}. */
    public List<UUID> customersKeptUntilBefore(LocalDate today) {
        return getEntityManager()
                .createQuery("select r.customerId from InvoicingRetention r where r.keptUntil < ?1 order by r.keptUntil",
                        UUID.class)
                .setParameter(1, today)
                .getResultList();
    }
}
