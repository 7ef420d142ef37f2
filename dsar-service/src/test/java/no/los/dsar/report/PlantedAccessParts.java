package no.los.dsar.report;

import static no.los.platform.rights.AccessPart.record;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;

/**
 * What the four services hold about a planted person, as each would answer
 * {@code GET /rights/customers/{id}/access}: their data maps' categories with full metadata, and the
 * person's records, built with the platform's own AccessPart. The consumption part holds forty days
 * of hourly readings (960 records), more than the document lists in full.
 */
final class PlantedAccessParts {

    static final int HOURLY_READINGS = 40 * 24;
    /** Midnight of 1 January 2025 in Norway (winter time: all forty days stay at +01:00). */
    static final OffsetDateTime FIRST_HOUR = OffsetDateTime.parse("2025-01-01T00:00:00+01:00");

    /** The Quarkus ObjectMapper's way of writing JSON: ISO-8601 text for dates and times. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * A planted person; synthetic national ID numbers only (month + 80).
     *
     * @param street an address with characters the document must escape
     */
    record Person(UUID customerId, String name, String nationalIdNumber, String email, String street) {

        static Person kari() {
            return new Person(UUID.randomUUID(), "Kari Ås Nordmann", "12838512345", "kari.nordmann@example.no",
                    "Storgata 1 <b>Bakgården</b> & \"Loftet\"");
        }

        static Person ola() {
            return new Person(UUID.randomUUID(), "Ola Strand Testmann", "03907154321", "ola.testmann@example.no",
                    "Elvegata 9");
        }
    }

    static final DataCategory CUSTOMER_IDENTITY = DataCategory.named("customer-identity")
            .title("Navn og fødselsnummer")
            .description("Navnet ditt og fødselsnummeret du oppga da du ble kunde.")
            .tables("customer").purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
            .legalBasis(LegalBasis.CONTRACT).source(DataSource.DATA_SUBJECT)
            .recipients(Processors.operating("kundesystemet"))
            .retention("Så lenge kundeforholdet varer, deretter i fem år etter bokføringsloven",
                    "RetentionErasureJob (los.customer.retention.every)")
            .safeguards(Safeguard.ENCRYPTED_AT_REST, Safeguard.KEYED_HASH, Safeguard.ROLE_BASED_ACCESS)
            .accessRoles("agent", "privacy-officer").portable().build();

    static final DataCategory CONTACT_DETAILS = DataCategory.named("contact-details")
            .title("Kontaktopplysninger").description("E-postadressen og adressen du har gitt oss.")
            .tables("contact").purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP)
            .legalBasis(LegalBasis.CONTRACT).source(DataSource.DATA_SUBJECT)
            .retention("Så lenge kundeforholdet varer", "CustomerErasure (kundeforholdet avsluttes)")
            .safeguards(Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
            .accessRoles("agent").portable().build();

    static final DataCategory CONSENT_RECORDS = DataCategory.named("consent-records")
            .title("Samtykker").description("Hvert samtykke du har gitt eller trukket tilbake, med tekstversjonen du så.")
            .tables("consent_event").purposes(ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
            .legalBasis(LegalBasis.LEGAL_OBLIGATION).source(DataSource.DATA_SUBJECT)
            .retention("Så lenge vi må kunne dokumentere at behandlingen var lovlig",
                    "ExpiredEvidenceErasure (los.consent.evidence.keep)")
            .safeguards(Safeguard.APPEND_ONLY).accessRoles("privacy-officer").build();

    static final DataCategory HOURLY_READINGS_CATEGORY = DataCategory.named("hourly-readings")
            .title("Timeforbruk").description("Strømforbruket ditt time for time, målt av nettselskapet.")
            .tables("hourly_reading").purposes(ProcessingPurpose.INVOICING)
            .legalBasis(LegalBasis.CONTRACT).source(DataSource.ELHUB)
            .recipients(Recipient.service("customer-service", "fakturagrunnlag"))
            .retention("Så lenge kundeforholdet varer, deretter i fem år etter bokføringsloven",
                    "ExpiredInvoicingDataErasure (los.consumption.retention.every)")
            .safeguards(Safeguard.PSEUDONYMOUS_ID).accessRoles("agent").portable().build();

    static final DataCategory APP_PROFILE = DataCategory.named("app-profile")
            .title("Profil i appen").description("Husstanden din slik du beskrev den i visualiseringsappen.")
            .tables("app_profile").purposes(ProcessingPurpose.VISUALISATION_APP)
            .legalBasis(LegalBasis.CONSENT).source(DataSource.DATA_SUBJECT)
            .retention("Til du sletter appen", "ConsumptionErasure (samtykket trekkes)")
            .safeguards(Safeguard.PSEUDONYMOUS_ID).accessRoles().portable().build();

    static final DataCategory NEWSLETTER_ADDRESS = DataCategory.named("newsletter-address")
            .title("E-postadresse for nyhetsbrev").description("Adressen nyhetsbrevet sendes til.")
            .tables("newsletter_address").purposes(ProcessingPurpose.SERVICE_INFORMATION)
            .legalBasis(LegalBasis.CONSENT).source(DataSource.DATA_SUBJECT)
            .recipients(Processors.operating("nyhetsbrevet"))
            .retention("Til du trekker samtykket, kundeforholdet slutter eller adressen ikke kan motta e-post",
                    "NewsletterErasure")
            .safeguards(Safeguard.SEPARATE_STORE).accessRoles("marketing").build();

    private PlantedAccessParts() {
    }

    /** Every service's part about the person, by service. */
    static Map<String, AccessPart> of(Person person) {
        Map<String, AccessPart> parts = new LinkedHashMap<>();
        parts.put("customer-service", AccessPart.of(map("customer-service", CUSTOMER_IDENTITY, CONTACT_DETAILS),
                person.customerId())
                .category("customer-identity", List.of(record("name", person.name(),
                        "nationalIdNumber", person.nationalIdNumber(), "registeredOn", "2024-03-15")))
                .category("contact-details", List.of(record("email", person.email(), "street", person.street(),
                        "verified", true)))
                .build());
        parts.put("consent-service", AccessPart.of(map("consent-service", CONSENT_RECORDS), person.customerId())
                .category("consent-records", List.of(
                        record("purpose", "NEWSLETTER_EMAIL", "given", true, "noticeVersion", "2024-05",
                                "at", OffsetDateTime.parse("2024-05-02T10:15:00+02:00")),
                        record("purpose", "VISUALISATION_APP", "given", true, "noticeVersion", "2024-05",
                                "at", OffsetDateTime.parse("2024-06-01T08:00:00+02:00"))))
                .build());
        parts.put("consumption-service", AccessPart.of(map("consumption-service", HOURLY_READINGS_CATEGORY,
                APP_PROFILE), person.customerId())
                .category("hourly-readings", hourlyReadings())
                .category("app-profile", List.of())
                .build());
        parts.put("marketing-service", AccessPart.of(map("marketing-service", NEWSLETTER_ADDRESS), person.customerId())
                .category("newsletter-address", List.of(record("email", person.email(),
                        "subscribedAt", OffsetDateTime.parse("2024-05-02T10:15:00+02:00"))))
                .build());
        return parts;
    }

    /** Forty days of hours from 1 January 2025 in Norway; the kWh vary with the hour of the day. */
    static List<Map<String, Object>> hourlyReadings() {
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int hour = 0; hour < HOURLY_READINGS; hour++) {
            readings.add(record("meteringPointId", "707057500012345678", "start", FIRST_HOUR.plusHours(hour),
                    "kwh", kwh(hour)));
        }
        return readings;
    }

    static BigDecimal kwh(int hour) {
        return BigDecimal.valueOf(250 + (hour % 24) * 37L, 3);
    }

    /** The planted kWh of January 2025 (the first 31 days), as the report's monthly total must show. */
    static BigDecimal januaryTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(3);
        for (int hour = 0; hour < 31 * 24; hour++) {
            total = total.add(kwh(hour));
        }
        return total;
    }

    static String json(AccessPart part) {
        try {
            return JSON.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataMap map(String service, DataCategory... categories) {
        return DataMap.of(service, List.of(categories));
    }
}
