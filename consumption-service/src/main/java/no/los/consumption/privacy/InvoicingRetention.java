package no.los.consumption.privacy;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How long a former customer's invoicing data (hourly readings, contracts, metering points) is kept
 * after the relationship ended: until the Bookkeeping Act's period has run out. Written when the
 * relationship ends, removed when the customer signs a new contract, and acted on by the retention
 * job the day after {@code keptUntil}.
 */
@Entity
@Table(name = "invoicing_retention")
public class InvoicingRetention {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "relationship_ended_on", nullable = false)
    private LocalDate relationshipEndedOn;

    @Column(name = "kept_until", nullable = false)
    private LocalDate keptUntil;

    protected InvoicingRetention() {
    }

    public InvoicingRetention(UUID customerId, LocalDate relationshipEndedOn, LocalDate keptUntil) {
        this.customerId = customerId;
        this.relationshipEndedOn = relationshipEndedOn;
        this.keptUntil = keptUntil;
    }

    public UUID customerId() {
        return customerId;
    }

    public LocalDate keptUntil() {
        return keptUntil;
    }

    /** Whether the data may go on {@code today}: the last day it was kept has passed. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(keptUntil);
    }

    /** The relationship was reported ended again (a later end): the period runs from the later one. */
    public void endedAgain(LocalDate endedOn, LocalDate keptUntil) {
        if (keptUntil.isAfter(this.keptUntil)) {
            this.relationshipEndedOn = endedOn;
            this.keptUntil = keptUntil;
        }
    }
}
