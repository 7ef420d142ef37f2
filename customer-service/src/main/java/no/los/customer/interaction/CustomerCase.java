package no.los.customer.interaction;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import no.los.platform.problem.ConflictProblem;

/**
 * A case in customer service with one customer: open while it is being handled; once closed, its
 * interactions are kept until {@link #keptUntil()} as evidence should a complaint or a claim follow,
 * then the retention sweep deletes them with the case. A new interaction reopens a closed case.
 */
@Entity
@Table(name = "customer_case")
public class CustomerCase {

    /** The case's key: the customer and the reference, unique per customer. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_id", nullable = false)
        private UUID customerId;

        @Column(name = "reference", nullable = false)
        private String reference;

        protected Key() {
        }

        public Key(UUID customerId, CaseReference reference) {
            this.customerId = customerId;
            this.reference = reference.value();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && customerId.equals(key.customerId) && reference.equals(key.reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, reference);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "kept_until")
    private LocalDate keptUntil;

    protected CustomerCase() {
    }

    public CustomerCase(UUID customerId, CaseReference reference, OffsetDateTime openedAt) {
        this.key = new Key(customerId, reference);
        this.openedAt = openedAt;
    }

    /** Closes the case on {@code today}; its interactions are kept {@code keepDays} days after that day. */
    public void close(LocalDate today, int keepDays) {
        if (closedOn != null) {
            throw new ConflictProblem("The case was closed on " + closedOn);
        }
        this.closedOn = today;
        this.keptUntil = today.plusDays(keepDays);
    }

    /** A new interaction on a closed case: it is being handled again, with no end in sight. */
    public void reopen() {
        this.closedOn = null;
        this.keptUntil = null;
    }

    public UUID customerId() {
        return key.customerId;
    }

    public CaseReference reference() {
        return new CaseReference(key.reference);
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** The day it was closed, or {@code null} while open. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** The last day its interactions are kept, or {@code null} while open. */
    public LocalDate keptUntil() {
        return keptUntil;
    }
}
