package no.los.marketing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bounce the e-mail service provider reported, kept without the address: its id is the trigger
 * the erasure confirmations of the deleted addresses name.
 */
@Entity
@Table(name = "bounce_report")
public class BounceReport {

    @Id
    @Column(name = "id")
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private BounceKind kind;

    @Column(name = "bounced_at", nullable = false)
    private OffsetDateTime bouncedAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "deleted_count", nullable = false)
    private int deletedCount;

    protected BounceReport() {
    }

    public BounceReport(BounceKind kind, OffsetDateTime bouncedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.bouncedAt = bouncedAt;
        this.receivedAt = OffsetDateTime.now();
    }

    public void deleted(int count) {
        this.deletedCount = count;
    }

    public UUID id() {
        return id;
    }

    public int deletedCount() {
        return deletedCount;
    }

    public BounceKind kind() {
        return kind;
    }

    public OffsetDateTime bouncedAt() {
        return bouncedAt;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }
}
