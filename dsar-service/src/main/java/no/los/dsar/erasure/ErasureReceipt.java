package no.los.dsar.erasure;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureTrigger;

/**
 * One service's proof of an erasure, as received from its {@code no.los.erasure.confirmed.v1}
 * event: what it deleted, what it kept, why and until when. Every confirmation is kept, whatever
 * triggered it (a request, a withdrawn consent, an objection, the end of the relationship, a
 * bounce, an expired retention period), so the erasure can be shown to the data subject and the
 * auditor. Written once; a confirmation sent again for the same trigger adds nothing.
 */
@Entity
@Table(name = "erasure_receipt")
public class ErasureReceipt {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "service", nullable = false)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "erasure_trigger", nullable = false)
    private ErasureTrigger trigger;

    @Column(name = "trigger_event_id", nullable = false)
    private String triggerEventId;

    @Column(name = "request_id")
    private UUID requestId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erasure_receipt_deleted", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "ordinal")
    private List<ErasedCategory> deleted = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erasure_receipt_kept", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "ordinal")
    private List<RetainedCategory> kept = new ArrayList<>();

    @Column(name = "confirmed_at", nullable = false)
    private OffsetDateTime confirmedAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected ErasureReceipt() {
    }

    public static ErasureReceipt of(ErasureConfirmation confirmation, OffsetDateTime receivedAt) {
        ErasureReceipt receipt = new ErasureReceipt();
        receipt.id = UUID.randomUUID();
        receipt.customerId = confirmation.customerId();
        receipt.service = confirmation.service();
        receipt.trigger = confirmation.trigger();
        receipt.triggerEventId = confirmation.triggerEventId();
        receipt.requestId = confirmation.requestId();
        confirmation.deleted().forEach(d -> receipt.deleted.add(new ErasedCategory(d.category(), d.count())));
        confirmation.kept().forEach(k -> receipt.kept.add(new RetainedCategory(k.category(), k.count(), k.reason(),
                k.until())));
        receipt.confirmedAt = confirmation.confirmedAt();
        receipt.receivedAt = receivedAt;
        return receipt;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    /** The confirming service, e.g. {@code marketing-service}. */
    public String service() {
        return service;
    }

    public ErasureTrigger trigger() {
        return trigger;
    }

    /** The CloudEvents id of the event the service acted on, or the id of its report or job run. */
    public String triggerEventId() {
        return triggerEventId;
    }

    /** The erasure request answered; {@code null} for every other trigger. */
    public UUID requestId() {
        return requestId;
    }

    public List<ErasedCategory> deleted() {
        return List.copyOf(deleted);
    }

    public List<RetainedCategory> kept() {
        return List.copyOf(kept);
    }

    /** When the deletion committed in the confirming service. */
    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    /** When dsar-service received the confirmation. */
    public OffsetDateTime receivedAt() {
        return receivedAt;
    }
}
