package no.los.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer relationship that ended, as customer-service announced it. The consent ledger of a
 * former customer is evidence only; the evidence period runs from this date.
 */
@Entity
@Table(name = "ended_relationship")
public class EndedRelationship {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "ended_on", nullable = false)
    private LocalDate endedOn;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected EndedRelationship() {
    }

    public EndedRelationship(UUID customerId, LocalDate endedOn, OffsetDateTime recordedAt) {
        this.customerId = customerId;
        this.endedOn = endedOn;
        this.recordedAt = recordedAt;
    }

    /** A later end (the customer came back and left again) moves the start of the evidence period. */
    public void endedAgain(LocalDate laterEnd, OffsetDateTime now) {
        if (laterEnd.isAfter(endedOn)) {
            endedOn = laterEnd;
            recordedAt = now;
        }
    }

    public UUID customerId() {
        return customerId;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
