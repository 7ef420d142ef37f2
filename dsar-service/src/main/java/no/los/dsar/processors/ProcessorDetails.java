package no.los.dsar.processors;

import java.time.LocalDate;
import java.time.ZoneId;

import no.los.platform.problem.InvalidInputException;
import no.los.platform.time.OsloCalendar;

/**
 * A processor's entry as the privacy officer states it: who the processor is, what it processes
 * for LOS and in which systems, the data processing agreement it works under (Art. 28(3)), where
 * it processes, and whether the agreement still runs. Self-validating: an entry that breaks a rule
 * cannot exist, and the problem names the field.
 *
 * @param legalName          the company's legal name, as the data maps name it as a recipient
 * @param organisationNumber its organisasjonsnummer; {@code null} for a processor registered abroad
 * @param processes          what it processes for LOS, in words
 * @param systems            the systems it operates or develops for LOS
 * @param agreementReference the reference of the data processing agreement
 * @param agreementDate      the day the agreement was entered into
 * @param processingCountry  where it processes LOS' data
 * @param status             whether the agreement runs
 * @param endedOn            the day it ended; only for an ended agreement
 */
public record ProcessorDetails(String legalName, OrganisationNumber organisationNumber, String processes,
        String systems, String agreementReference, LocalDate agreementDate, ProcessingCountry processingCountry,
        Processor.Status status, LocalDate endedOn) {

    public static final int MAX_LEGAL_NAME = 200;
    public static final int MAX_PROCESSES = 2000;
    public static final int MAX_SYSTEMS = 500;
    public static final int MAX_AGREEMENT_REFERENCE = 200;

    private static final ZoneId NORWAY = OsloCalendar.ZONE;

    public ProcessorDetails {
        legalName = required(legalName, "legalName", MAX_LEGAL_NAME);
        processes = required(processes, "processes", MAX_PROCESSES);
        systems = required(systems, "systems", MAX_SYSTEMS);
        agreementReference = required(agreementReference, "agreementReference", MAX_AGREEMENT_REFERENCE);
        if (agreementDate == null) {
            throw new InvalidInputException("agreementDate", "is required");
        }
        if (agreementDate.isAfter(LocalDate.now(NORWAY))) {
            throw new InvalidInputException("agreementDate", "must not lie in the future: enter the day it was signed");
        }
        if (processingCountry == null) {
            throw new InvalidInputException("processingCountry", "is required");
        }
        if (status == null) {
            throw new InvalidInputException("status", "is required");
        }
        if (status == Processor.Status.ENDED && endedOn == null) {
            throw new InvalidInputException("endedOn", "is required when the agreement has ended");
        }
        if (status == Processor.Status.ACTIVE && endedOn != null) {
            throw new InvalidInputException("endedOn", "is only for an agreement that has ended");
        }
        if (endedOn != null && endedOn.isBefore(agreementDate)) {
            throw new InvalidInputException("endedOn", "must not lie before the agreement date");
        }
    }

    /** Reads the entry from the values typed in; an empty organisation number means none. */
    public static ProcessorDetails of(String legalName, String organisationNumber, String processes, String systems,
            String agreementReference, LocalDate agreementDate, String processingCountry, Processor.Status status,
            LocalDate endedOn) {
        OrganisationNumber number = organisationNumber == null || organisationNumber.isBlank() ? null
                : new OrganisationNumber(organisationNumber.strip());
        ProcessingCountry country = processingCountry == null ? null : new ProcessingCountry(processingCountry.strip());
        return new ProcessorDetails(legalName, number, processes, systems, agreementReference, agreementDate, country,
                status, endedOn);
    }

    private static String required(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.strip().length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text.strip();
    }

    /** The organisation number's digits, or {@code null}. */
    String organisationDigits() {
        return organisationNumber == null ? null : organisationNumber.digits();
    }
}
