package no.los.customer.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.worklist.WorkItem;
import no.los.customer.worklist.WorkItemCursor;
import no.los.customer.worklist.WorkItemKind;

@ApplicationScoped
public class WorkItemRepository implements PanacheRepositoryBase<WorkItem, UUID> {

    public List<WorkItem> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by openedAt, id", customerId);
    }

    public Optional<WorkItem> find(UUID customerId, WorkItemKind kind) {
        return find("customerId = ?1 and kind = ?2", customerId, kind).firstResultOptional();
    }

    /** At most {@code count} open items of the kind, oldest first, after the cursor's place (or from the first). */
    public List<WorkItem> page(WorkItemKind kind, WorkItemCursor after, int count) {
        if (after == null) {
            return find("kind = ?1 order by openedAt, id", kind).page(0, count).list();
        }
        return find("kind = ?1 and (openedAt > ?2 or (openedAt = ?2 and id > ?3)) order by openedAt, id", kind,
                after.openedAt(), after.id()).page(0, count).list();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }

    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }
}
