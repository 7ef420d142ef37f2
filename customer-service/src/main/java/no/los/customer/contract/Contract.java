package no.los.customer.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;

/**
 * A supply contract for one of the customer's metering points. It starts on {@link #startsOn()},
 * stays open until it is terminated, and then runs to its end date. A contract whose end date has
 * come no longer supplies anything; when it was the customer's last one, the relationship ends.
 * Before its first day it can instead be cancelled: it then never supplies, and counts as having
 * ended on the day it was cancelled.
 */
@Entity
@Table(name = "contract")
public class Contract {

    public static final String ENDS_ON = "endsOn";

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "metering_point_id", nullable = false)
    private String meteringPointId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    private ContractType contractType;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "terminated_at")
    private OffsetDateTime terminatedAt;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    protected Contract() {
    }

    private Contract(UUID id, UUID customerId, MeteringPointId meteringPointId, ContractType contractType,
            LocalDate startsOn, OffsetDateTime registeredAt) {
        this.id = id;
        this.customerId = customerId;
        this.meteringPointId = meteringPointId.value();
        this.contractType = contractType;
        this.startsOn = startsOn;
        this.registeredAt = registeredAt;
    }

    public static Contract start(UUID customerId, MeteringPointId meteringPointId, ContractType contractType,
            LocalDate startsOn, OffsetDateTime now) {
        return new Contract(UUID.randomUUID(), customerId, meteringPointId, contractType, startsOn, now);
    }

    /**
     * Ends supply at the end of {@code endsOn}: not before the contract started, and within the
     * {@code window} of end dates a termination made today may give.
     */
    public void terminate(LocalDate endsOn, TerminationWindow window, OffsetDateTime now) {
        if (isCancelled()) {
            throw new ConflictProblem("The contract is cancelled");
        }
        if (this.endsOn != null) {
            throw new ConflictProblem("The contract is already terminated");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException(ENDS_ON, "must be on or after the day the contract starts");
        }
        if (endsOn.isBefore(window.earliest())) {
            throw new InvalidInputException(ENDS_ON, "must be at most " + window.maxDaysBack() + " days back");
        }
        if (endsOn.isAfter(window.latest())) {
            throw new InvalidInputException(ENDS_ON, "must be at most one year ahead");
        }
        this.endsOn = endsOn;
        this.terminatedAt = now;
    }

    /**
     * Cancels the contract before its first day, {@code today} being the day of cancelling: it will
     * never supply. A terminated contract that has not started may be cancelled too.
     */
    public void cancel(LocalDate today, OffsetDateTime now) {
        if (isCancelled()) {
            throw new ConflictProblem("The contract is already cancelled");
        }
        if (!startsOn.isAfter(today)) {
            throw new ConflictProblem("The contract started on " + startsOn + ": terminate it instead");
        }
        this.cancelledOn = today;
        this.cancelledAt = now;
    }

    /** Whether the contract may still supply on {@code day} or later, so another one on its point would overlap. */
    public boolean overlapsFrom(LocalDate day) {
        return !isCancelled() && (endsOn == null || !endsOn.isBefore(day));
    }

    /**
     * The day the contract stops binding us: the day it was cancelled, else its last day of supply;
     * {@code null} while it is open.
     */
    public LocalDate lastDay() {
        return isCancelled() ? cancelledOn : endsOn;
    }

    /** When the contract was ended: cancelled or terminated; {@code null} while it is open. */
    public OffsetDateTime endedAt() {
        return isCancelled() ? cancelledAt : terminatedAt;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    public ContractStatus statusOn(LocalDate today) {
        if (isCancelled()) {
            return ContractStatus.CANCELLED;
        }
        if (endsOn == null) {
            return ContractStatus.ACTIVE;
        }
        return endsOn.isAfter(today) ? ContractStatus.TERMINATED : ContractStatus.ENDED;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public MeteringPointId meteringPointId() {
        return new MeteringPointId(meteringPointId);
    }

    public ContractType contractType() {
        return contractType;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** The last day of supply, or {@code null} while the contract is open. */
    public LocalDate endsOn() {
        return endsOn;
    }

    public OffsetDateTime terminatedAt() {
        return terminatedAt;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    /** The day it was cancelled, or {@code null} when it was not. */
    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }
}
