package no.los.dsar.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.dsar.processors.OrganisationNumber;
import no.los.dsar.processors.ProcessingCountry;
import no.los.dsar.processors.ProcessorDetails;
import no.los.dsar.processors.ProcessorRegister;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
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
public record RecordsOfProcessing(OffsetDateTime generatedAt, Controller controller,
        @Schema(maxItems = EventTopic.MAX_SERVICES) List<MapSource> builtFrom,
        @Schema(maxItems = EventTopic.MAX_SERVICES) List<@Size(max = DataMap.MAX_SERVICE) String> notYetAnnounced,
        @Schema(maxItems = MAX_ACTIVITIES) List<ProcessingActivity> activities,
        @Schema(maxItems = ProcessorRegister.MAX_PROCESSORS) List<ProcessorEntry> processors,
        @Schema(maxItems = MAX_REMARKS) List<Remark> remarks) {

    /*
     * The bounds below follow from the data maps' own (DataCategory, Recipient), the number of
     * services and the processor register's size; the generator cannot produce more.
     */
    /** An enum constant's name, a legal basis' article. */
    public static final int MAX_CODE = 60;
    /** A fixed Norwegian text of the code: a purpose, a legal basis, a safeguard, a source. */
    public static final int MAX_TEXT = 500;
    /** Lists of such fixed entries: data subjects, legal bases, safeguards. */
    public static final int MAX_FIXED = 50;
    /** One activity per purpose ({@link no.los.platform.rights.ProcessingPurpose}). */
    public static final int MAX_ACTIVITIES = 50;
    /** Every category of every service. */
    public static final int MAX_CATEGORIES = EventTopic.MAX_SERVICES * DataCategory.MAX_LIST;
    /** A category as {@code service/category}. */
    public static final int MAX_CATEGORY_PATH = DataMap.MAX_SERVICE + 1 + DataCategory.MAX_NAME;
    /** Every recipient of every category. */
    public static final int MAX_RECIPIENTS = MAX_CATEGORIES * DataCategory.MAX_LIST;
    /** A map missing per service, a processor unknown per recipient, two per registered processor. */
    public static final int MAX_REMARKS = EventTopic.MAX_SERVICES + MAX_RECIPIENTS
            + 2 * ProcessorRegister.MAX_PROCESSORS;
    /** A remark's sentence, which may list every category. */
    public static final int MAX_REMARK_TEXT = 1000 + MAX_CATEGORIES * (MAX_CATEGORY_PATH + 2);

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
    public record MapSource(@Schema(maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
            Origin origin, @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$") String digest, OffsetDateTime announcedAt) {
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
    public record ProcessingActivity(@Schema(maxLength = MAX_CODE) String purpose,
            @Schema(maxLength = MAX_TEXT) String description,
            @Schema(maxItems = MAX_FIXED) List<@Size(max = MAX_TEXT) String> dataSubjects,
            @Schema(maxItems = MAX_CATEGORIES) List<CategoryEntry> categories,
            @Schema(maxItems = MAX_FIXED) List<LegalBasisEntry> legalBases,
            @Schema(maxItems = MAX_RECIPIENTS) List<RecipientEntry> recipients,
            @Schema(maxItems = MAX_RECIPIENTS) List<Transfer> transfersToThirdCountries,
            @Schema(maxItems = MAX_FIXED) List<@Size(max = MAX_TEXT) String> securityMeasures) {
    }

    /** A legal basis by its letter of Art. 6(1), and in Norwegian. */
    public record LegalBasisEntry(@Schema(maxLength = MAX_CODE) String code, @Schema(maxLength = MAX_CODE) String article,
            @Schema(maxLength = MAX_TEXT) String description) {
    }

    /**
     * A category of personal data as its service declares it.
     *
     * @param retention the time limit for erasure, and what enforces it
     * @param safeguards its security measures, in Norwegian
     */
    public record CategoryEntry(@Schema(maxLength = DataMap.MAX_SERVICE, pattern = DataMap.NAME_PATTERN) String service,
            @Schema(maxLength = DataCategory.MAX_NAME, pattern = DataMap.NAME_PATTERN) String name,
            @Schema(maxLength = DataCategory.MAX_TITLE) String title,
            @Schema(maxLength = DataCategory.MAX_DESCRIPTION) String description, LegalBasisEntry legalBasis,
            @Schema(maxLength = MAX_TEXT) String source, Retention retention,
            @Schema(maxItems = DataCategory.MAX_LIST) List<@Size(max = MAX_TEXT) String> safeguards, boolean portable,
            boolean automatedDecisions) {
    }

    /**
     * A recipient of one or more categories of the activity.
     *
     * @param why        what it does with them, as the categories say
     * @param categories the categories it receives, as {@code service/category}
     * @param inRegister for a processor: whether the register knows it; always true for an internal service
     * @param agreement  for a processor in the register: its entry
     */
    public record RecipientEntry(@Schema(maxLength = Recipient.MAX_NAME) String name, Recipient.Kind kind,
            @Schema(maxItems = MAX_CATEGORIES) List<@Size(max = Recipient.MAX_WHY) String> why,
            @Schema(maxItems = MAX_CATEGORIES) List<@Size(max = MAX_CATEGORY_PATH) String> categories,
            boolean inRegister, ProcessorEntry agreement) {
    }

    /** A processor's entry in the register, as the records show it. */
    public record ProcessorEntry(@Schema(maxLength = ProcessorDetails.MAX_LEGAL_NAME) String legalName,
            @Schema(maxLength = OrganisationNumber.LENGTH, pattern = OrganisationNumber.PATTERN) String organisationNumber,
            @Schema(maxLength = ProcessorDetails.MAX_PROCESSES) String processes,
            @Schema(maxLength = ProcessorDetails.MAX_SYSTEMS) String systems,
            @Schema(maxLength = ProcessorDetails.MAX_AGREEMENT_REFERENCE) String agreementReference,
            LocalDate agreementDate,
            @Schema(maxLength = ProcessingCountry.LENGTH, pattern = ProcessingCountry.PATTERN) String processingCountry,
            @Schema(maxLength = ProcessingCountry.MAX_NAME) String processingCountryName,
            boolean withinEea, @Schema(enumeration = { "ACTIVE", "ENDED" }) String status, LocalDate endedOn) {
    }

    /** A transfer to a third country: a recipient processor that processes outside the EEA. */
    public record Transfer(@Schema(maxLength = Recipient.MAX_NAME) String processor,
            @Schema(maxLength = ProcessingCountry.LENGTH, pattern = ProcessingCountry.PATTERN) String country,
            @Schema(maxLength = ProcessingCountry.MAX_NAME) String countryName) {
    }

    /** Something the privacy officer should look into. */
    public record Remark(RemarkKind kind, @Schema(maxLength = Recipient.MAX_NAME) String subject,
            @Schema(maxLength = MAX_REMARK_TEXT) String text) {
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
