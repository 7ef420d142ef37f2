package no.los.dsar.processors;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a processor's entry says at one moment: the columns the entry and each of its revisions
 * share, so a revision records exactly what the entry became. The agreement date is empty only in
 * the entries seeded from the privacy policy, which does not state it.
 */
@Embeddable
public class ProcessorState {

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "organisation_number")
    private String organisationNumber;

    @Column(name = "processes", nullable = false)
    private String processes;

    @Column(name = "systems", nullable = false)
    private String systems;

    @Column(name = "agreement_reference", nullable = false)
    private String agreementReference;

    @Column(name = "agreement_date")
    private LocalDate agreementDate;

    @Column(name = "processing_country", nullable = false)
    private String processingCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Processor.Status status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected ProcessorState() {
    }

    static ProcessorState of(ProcessorDetails details) {
        ProcessorState state = new ProcessorState();
        state.legalName = details.legalName();
        state.organisationNumber = details.organisationDigits();
        state.processes = details.processes();
        state.systems = details.systems();
        state.agreementReference = details.agreementReference();
        state.agreementDate = details.agreementDate();
        state.processingCountry = details.processingCountry().code();
        state.status = details.status();
        state.endedOn = details.endedOn();
        return state;
    }

    /** A copy, so that a revision never shares its state with the entry that changes on. */
    ProcessorState copy() {
        ProcessorState copy = new ProcessorState();
        copy.legalName = legalName;
        copy.organisationNumber = organisationNumber;
        copy.processes = processes;
        copy.systems = systems;
        copy.agreementReference = agreementReference;
        copy.agreementDate = agreementDate;
        copy.processingCountry = processingCountry;
        copy.status = status;
        copy.endedOn = endedOn;
        return copy;
    }

    public String legalName() {
        return legalName;
    }

    /** The organisasjonsnummer, or {@code null}. */
    public String organisationNumber() {
        return organisationNumber;
    }

    public String processes() {
        return processes;
    }

    public String systems() {
        return systems;
    }

    public String agreementReference() {
        return agreementReference;
    }

    /** The day the agreement was entered into; {@code null} while a seeded entry awaits it. */
    public LocalDate agreementDate() {
        return agreementDate;
    }

    public ProcessingCountry processingCountry() {
        return new ProcessingCountry(processingCountry);
    }

    public Processor.Status status() {
        return status;
    }

    /** The day the agreement ended; {@code null} while it runs. */
    public LocalDate endedOn() {
        return endedOn;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcessorState that)) {
            return false;
        }
        return Objects.equals(legalName, that.legalName) && Objects.equals(organisationNumber, that.organisationNumber)
                && Objects.equals(processes, that.processes) && Objects.equals(systems, that.systems)
                && Objects.equals(agreementReference, that.agreementReference)
                && Objects.equals(agreementDate, that.agreementDate)
                && Objects.equals(processingCountry, that.processingCountry) && status == that.status
                && Objects.equals(endedOn, that.endedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(legalName, organisationNumber, processes, systems, agreementReference, agreementDate,
                processingCountry, status, endedOn);
    }
}
