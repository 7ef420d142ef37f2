package no.los.consumption.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A supply contract for one metering point, learnt from customer-service. Invoicing data: it says
 * which hours of a metering point are ours to receive and bill. It starts with {@code startsOn}, may
 * be terminated to end with {@code endsOn}, and is deleted only when the Bookkeeping Act's period
 * after the customer relationship has run out.
 */
@Entity
@Table(name = "supply_contract")
public class SupplyContract {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "metering_point_id", nullable = false)
    private String meteringPointId;

    @Column(name = "contract_type", nullable = false)
    private String contractType;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** The last day of supply; {@code null} while the contract runs without an end. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "learnt_at", nullable = false)
    private OffsetDateTime learntAt;

    /** The day it was cancelled before it started; {@code null} unless it was. */
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    protected SupplyContract() {
    }

    public SupplyContract(UUID id, UUID customerId, String meteringPointId, ContractType contractType,
            LocalDate startsOn, OffsetDateTime learntAt) {
        this.id = id;
        this.customerId = customerId;
        this.meteringPointId = meteringPointId;
        this.contractType = contractType.name();
        this.startsOn = startsOn;
        this.learntAt = learntAt;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String meteringPointId() {
        return meteringPointId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    /** Supply ends at the end of {@code lastDay}. A second termination moves the end. */
    public void terminate(LocalDate lastDay) {
        this.endsOn = lastDay;
    }

    /** Cancelled before it started on {@code day}: it never supplies. Cancelling again changes nothing. */
    public void cancel(LocalDate day) {
        if (cancelledOn == null) {
            this.cancelledOn = day;
        }
    }

    /** Whether supply under this contract covers the (Europe/Oslo) day. A cancelled contract covers none. */
    public boolean covers(LocalDate day) {
        return cancelledOn == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /**
     * Whether the contract binds us on {@code today}: it has not ended and was not cancelled. A
     * contract that starts later is in force too, as it is already agreed.
     */
    public boolean inForceOn(LocalDate today) {
        return cancelledOn == null && (endsOn == null || !today.isAfter(endsOn));
    }

    /** The day it was cancelled before it started, or {@code null} when it was not. */
    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    /** The day it stops binding us: the day it was cancelled, else its last day of supply; {@code null} while open. */
    public LocalDate lastDay() {
        return cancelledOn != null ? cancelledOn : endsOn;
    }
}
