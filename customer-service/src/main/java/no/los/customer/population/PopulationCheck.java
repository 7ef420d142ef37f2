package no.los.customer.population;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A check of one customer against the population register that is still to be made: queued at
 * registration, on a new national ID number and when the last check is old. The register being
 * away moves it on (attempts, the last failure); it goes once the register has answered.
 */
@Entity
@Table(name = "population_check")
public class PopulationCheck {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_failure_at")
    private OffsetDateTime lastFailureAt;

    protected PopulationCheck() {
    }

    public PopulationCheck(UUID customerId, OffsetDateTime now) {
        this.customerId = customerId;
        this.queuedAt = now;
        this.dueAt = now;
    }

    /** Needed again (a rectified record) while queued: due now, as if newly queued. */
    public void requeue(OffsetDateTime now) {
        this.queuedAt = now;
        this.dueAt = now;
        this.attempts = 0;
    }

    /** The register did not answer: try again after a delay that doubles each time, up to {@code maxDelay}. */
    public void failed(OffsetDateTime now, Duration maxDelay) {
        attempts++;
        Duration delay = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        this.dueAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        this.lastFailureAt = now;
    }

    public UUID customerId() {
        return customerId;
    }

    public OffsetDateTime queuedAt() {
        return queuedAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime lastFailureAt() {
        return lastFailureAt;
    }
}
