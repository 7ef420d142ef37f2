package no.los.customer.visitor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.problem.ConflictProblem;

/**
 * A visit to the office, as reception registers it (R14): the visitor's full name, arrival and
 * departure, and the last day it is kept. Not linked to any customer: a visitor may be anyone.
 */
@Entity
@Table(name = "visit")
public class Visit {

    /** The longest name reception types in. */
    public static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "arrived_at", nullable = false)
    private OffsetDateTime arrivedAt;

    @Column(name = "departed_at")
    private OffsetDateTime departedAt;

    @Column(name = "kept_until", nullable = false)
    private LocalDate keptUntil;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected Visit() {
    }

    /** A visitor arrives on {@code arrivalDay}; the visit is kept {@code keepDays} after it until the departure moves that on. */
    public Visit(String fullName, OffsetDateTime arrivedAt, LocalDate arrivalDay, int keepDays, String registeredBy) {
        this.id = UUID.randomUUID();
        this.fullName = fullName;
        this.arrivedAt = arrivedAt;
        this.keptUntil = arrivalDay.plusDays(keepDays);
        this.registeredBy = registeredBy;
    }

    /** The visitor leaves on {@code departureDay}: kept {@code keepDays} days after it. */
    public void depart(OffsetDateTime departedAt, LocalDate departureDay, int keepDays) {
        if (this.departedAt != null) {
            throw new ConflictProblem("The visitor left at " + this.departedAt);
        }
        this.departedAt = departedAt;
        this.keptUntil = departureDay.plusDays(keepDays);
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public OffsetDateTime arrivedAt() {
        return arrivedAt;
    }

    /** When the visitor left, or {@code null} while in the building. */
    public OffsetDateTime departedAt() {
        return departedAt;
    }

    /** The last day the visit is kept; the retention sweep deletes it the day after. */
    public LocalDate keptUntil() {
        return keptUntil;
    }

    /** Who at reception registered it (token subject). */
    public String registeredBy() {
        return registeredBy;
    }
}
