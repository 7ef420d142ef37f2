package no.los.customer.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.population.PopulationCheck;

@ApplicationScoped
public class PopulationCheckRepository implements PanacheRepositoryBase<PopulationCheck, UUID> {

    /** The customers whose check is due by {@code now}, longest waiting first. */
    public List<UUID> dueBy(OffsetDateTime now, int count) {
        return getEntityManager().createQuery("select c.customerId from PopulationCheck c where c.dueAt <= :now "
                + "order by c.dueAt, c.customerId", UUID.class)
                .setParameter("now", now).setMaxResults(count).getResultList();
    }

    /**
     * Queues a check for active customers last checked before {@code checkedBefore} (or never) that
     * have none queued; answers how many.
     */
    public int queueStale(OffsetDateTime checkedBefore, OffsetDateTime now, int count) {
        return getEntityManager().createNativeQuery("""
                insert into population_check (customer_id, queued_at, due_at, attempts)
                select c.id, ?1, ?1, 0 from customer c
                where c.relationship_ended_on is null
                  and (c.register_checked_at is null or c.register_checked_at < ?2)
                  and not exists (select 1 from population_check p where p.customer_id = c.id)
                order by c.register_checked_at nulls first
                limit ?3
                on conflict do nothing""")
                .setParameter(1, now).setParameter(2, checkedBefore).setParameter(3, count)
                .executeUpdate();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
