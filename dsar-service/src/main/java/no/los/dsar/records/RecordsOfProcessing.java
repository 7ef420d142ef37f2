package no.los.dsar.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.los.platform.rights.Recipient;
import no.los.platform.rights.Retention;

/**
 * The records of processing activities (GDPR Art. 30(1)), generated from the live data maps and the
 * processor register, never written by hand: the controller, and per purpose the categories of
 * data subjects and of personal data, the legal basis, the source, the recipients, transfers to
 * third countries, the time limits for erasure and the security measures. It says which maps it
 * was built from and when they were announced, and remarks on what is missing or does not add up.
 *
 * @param generatedAt  when these records were generated
 * @param controller   the controller (R1)
 * @param builtFrom    the data maps they were built from
 * @param notYetAnnounced the services whose maps have not reached dsar-service yet
 * @param activities   one processing activity per purpose that some category serves
 * @param processors   the processor register, ended agreements included
 * @param remarks      what the privacy officer should look into
 */
public record RecordsOfProcessing(OffsetDateTime generatedAt, Controller controller, List<MapSource> builtFrom,
        List<String> notYetAnnounced, List<ProcessingActivity> activities, List<ProcessorEntry> processors,
        List<Remark> remarks) {

    /** Where a data map came from. */
    public enum Origin {
        /** Announced by the service on its topic ({@code no.los.rights.data-map-announced.v1}). */
        ANNOUNCED,
        /** dsar-service's own declaration, from the running code. */
        OWN_DECLARATION
    }

    /**
     * One data map the records were built from.
     *
     * @param announcedAt when it was announced; for dsar-service's own map, its last announcement
     *                    (empty if it has not announced yet)
     */
    public record MapSource(String service, Origin origin, String digest, OffsetDateTime announcedAt) {
    }

    /**
     * The processing for one purpose.
     *
     * @param purpose      the purpose's code, e.g. {@code INVOICING}
     * @param description  the purpose in Norwegian
     * @param dataSubjects the categories of data subjects
     * @param categories   the categories of personal data processed for it, each with its service
     * @param legalBases   the legal bases its categories rest on
     * @param recipients   who receives its categories besides the owning service
     * @param transfersToThirdCountries where a recipient processor processes outside the EEA; empty when none does
     * @param securityMeasures the safeguards of its categories
     */
    public record ProcessingActivity(String purpose, String description, List<String> dataSubjects,
            List<CategoryEntry> categories, List<LegalBasisEntry> legalBases, List<RecipientEntry> recipients,
            List<Transfer> transfersToThirdCountries, List<String> securityMeasures) {
    }

    /** A legal basis by its letter of Art. 6(1), and in Norwegian. */
    public record LegalBasisEntry(String code, String article, String description) {
    }

    /**
     * A category of personal data as its service declares it.
     *
     * @param retention the time limit for erasure, and what enforces it
     * @param safeguards its security measures, in Norwegian
     */
    public record CategoryEntry(String service, String name, String title, String description, LegalBasisEntry legalBasis,
            String source, Retention retention, List<String> safeguards, boolean portable, boolean automatedDecisions) {
    }

    /**
     * A recipient of one or more categories of the activity.
     *
     * @param why        what it does with them, as the categories say
     * @param categories the categories it receives, as {@code service/category}
     * @param inRegister for a processor: whether the register knows it; always true for an internal service
     * @param agreement  for a processor in the register: its entry
     */
    public record RecipientEntry(String name, Recipient.Kind kind, List<String> why, List<String> categories,
            boolean inRegister, ProcessorEntry agreement) {
    }

    /** A processor's entry in the register, as the records show it. */
    public record ProcessorEntry(String legalName, String organisationNumber, String processes, String systems,
            String agreementReference, LocalDate agreementDate, String processingCountry, String processingCountryName,
            boolean withinEea, String status, LocalDate endedOn) {
    }

    /** A transfer to a third country: a recipient processor that processes outside the EEA. */
    public record Transfer(String processor, String country, String countryName) {
    }

    /** Something the privacy officer should look into. */
    public record Remark(RemarkKind kind, String subject, String text) {
    }

    /** What a remark is about. */
    public enum RemarkKind {
        /** A service whose data map has not reached dsar-service. */
        DATA_MAP_NOT_ANNOUNCED,
        /** A category names a processor that is not in the register. */
        PROCESSOR_NOT_IN_REGISTER,
        /** A category names a processor whose agreement has ended. */
        PROCESSOR_AGREEMENT_ENDED,
        /** A processor's agreement date is not registered (the entries seeded from the privacy policy). */
        AGREEMENT_DATE_MISSING
    }
}
