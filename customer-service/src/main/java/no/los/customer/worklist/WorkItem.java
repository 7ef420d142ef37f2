package no.los.customer.worklist;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An open follow-up about one customer, for agents. A customer has at most one open item of each
 * kind. Only open items exist: closing one deletes it, and the access log keeps who did it.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private WorkItemKind kind;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "detail")
    private String detail;

    protected WorkItem() {
    }

    public WorkItem(UUID customerId, WorkItemKind kind, String detail, OffsetDateTime openedAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.kind = kind;
        this.detail = detail;
        this.openedAt = openedAt;
    }

    /** What the item is about now, as the last finding says it. */
    public void describe(String newDetail) {
        this.detail = newDetail;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public WorkItemKind kind() {
        return kind;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    /** What the item is about, in codes (such as {@code NAME,ADDRESS}); never a value. Null when the kind says it all. */
    public String detail() {
        return detail;
    }
}
