package no.los.customer.privacy;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;
import no.los.platform.security.Roles;

/**
 * What customer-service holds about a person, declared once: the source of its part of the records
 * of processing (Art. 30) and of every access report (Art. 15). The category names are the ones its
 * erasure confirmations use. Titles, descriptions and retention rules are in Norwegian: the person
 * reads them in the access report.
 * <p>
 * Six categories are the customer relationship itself; {@value #INTERACTION_LOG} is customer
 * service's record of the cases handled with the customer; {@value #VISITOR_REGISTER} is reception's
 * register of visitors, linked to no customer; {@value #WORK_ITEMS} are the agents' open
 * follow-ups about it, and {@value #PENDING_ERASURE_REQUEST} is the mark an erasure request leaves
 * while a contract keeps the data.
 */
@ApplicationScoped
public class CustomerDataMap {

    public static final String SERVICE = "customer-service";

    /** Name and national ID number (encrypted, with its keyed lookup hash), and where the relationship stands. */
    public static final String IDENTITY = "customer-identity";
    public static final String POSTAL_ADDRESS = "postal-address";
    /** Phone number and e-mail address; confirmations count them per value. */
    public static final String CONTACT_DETAILS = "contact-details";
    public static final String CONTRACTS = "contracts";
    public static final String METERING_POINTS = "metering-points";
    /** The meters swapped out at the customer's metering points. */
    public static final String METER_HISTORY = "meter-history";
    /** Contacts with the customer that are part of handling a case, and the cases (R13). */
    public static final String INTERACTION_LOG = "interaction-log";
    /** Visitors at the office reception (R14): linked to no customer. */
    public static final String VISITOR_REGISTER = "visitor-register";
    /** Agents' open follow-ups about the customer (a missing e-mail address). */
    public static final String WORK_ITEMS = "work-items";
    /** When an erasure request was made that waits for the relationship to end. */
    public static final String PENDING_ERASURE_REQUEST = "pending-erasure-request";

    private static final String CUSTOMER = "customer";

    private static final String[] STAFF_AND_CUSTOMER = { Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN,
            Roles.CUSTOMER, Roles.RIGHTS_COLLECTOR };

    private final DataMap map;

    public CustomerDataMap(@ConfigProperty(name = "los.retention.bookkeeping-years", defaultValue = "5") int bookkeepingYears,
            @ConfigProperty(name = "los.customer.interaction-log.keep-days-after-case-closed", defaultValue = "1095")
            int keepDaysAfterCaseClosed,
            @ConfigProperty(name = "los.customer.visitor-register.keep-days", defaultValue = "30") int visitorKeepDays) {
        this.map = DataMap.of(SERVICE, List.of(
                identity(bookkeepingYears),
                postalAddress(bookkeepingYears),
                contactDetails(bookkeepingYears),
                contracts(bookkeepingYears),
                meteringPoints(bookkeepingYears),
                meterHistory(bookkeepingYears),
                interactionLog(keepDaysAfterCaseClosed),
                workItems(),
                visitorRegister(visitorKeepDays),
                pendingErasureRequest()));
    }

    public DataMap map() {
        return map;
    }

    private static DataCategory identity(int bookkeepingYears) {
        return DataCategory.named(IDENTITY)
                .title("Identitet: navn og fødselsnummer")
                .description("Fullt navn og fødselsnummer (eller D-nummer) fra registreringen, når du ble registrert, "
                        + "og om du er kunde eller tidligere kunde (dagen kundeforholdet tok slutt og hvor lenge "
                        + "opplysningene oppbevares). Fødselsnummeret lagres bare kryptert, sammen med en nøkkelhash "
                        + "som gjør at vi kan finne deg igjen uten å lagre nummeret i klartekst. Opplysningene kontrolleres "
                        + "mot Folkeregisteret (Skatteetaten), som får fødselsnummeret for å slå deg opp, ved "
                        + "registreringen og deretter jevnlig: vi lagrer når, hva registeret sa "
                        + "om status (bosatt, utflyttet, død) og om adressen din er beskyttet, aldri en kopi av "
                        + "registeret. Ved dataportabilitet tas navnet med, men ikke fødselsnummeret.")
                .tables(CUSTOMER, "population_check")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors(
                        idOnly("consumption-service", "knytter målepunkter, avtaler og timeverdier til deg"),
                        idOnly("consent-service", "knytter samtykkene dine til kundeforholdet"),
                        idOnly("marketing-service", "sletter nyhetsbrevadressen når kundeforholdet er avsluttet"),
                        collector()))
                .retention(bookkeepingRule(bookkeepingYears), retentionJob(bookkeepingYears))
                .safeguards(Safeguard.ENCRYPTED_AT_REST, Safeguard.KEYED_HASH, Safeguard.PSEUDONYMOUS_ID,
                        Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory postalAddress(int bookkeepingYears) {
        return DataCategory.named(POSTAL_ADDRESS)
                .title("Postadresse")
                .description("Gateadresse, postnummer og poststed, slik du oppga dem ved registreringen eller "
                        + "rettet dem senere. Har Folkeregisteret adressebeskyttelse for deg, vises adressen bare for "
                        + "deg selv på Min side: ikke for kundeservice, og ikke i innsyn eller utlevering som kan bli "
                        + "sendt i posten.")
                .tables(CUSTOMER)
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors(collector()))
                .retention(bookkeepingRule(bookkeepingYears), retentionJob(bookkeepingYears))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory contactDetails(int bookkeepingYears) {
        return DataCategory.named(CONTACT_DETAILS)
                .title("Kontaktopplysninger: e-post og telefon")
                .description("E-postadressen og telefonnummeret vi bruker for å nå deg om kundeforholdet. "
                        + "Nyhetsbrev sendes ikke hit: adressen for nyhetsbrev ligger i en egen database.")
                .tables(CUSTOMER)
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors(collector()))
                .retention("Så lenge kundeforholdet varer. Ber du om sletting, slettes e-postadressen og telefonnummeret "
                        + "med en gang du ikke lenger har en avtale som løper, og ellers den dagen kundeforholdet tar "
                        + "slutt. Uten en slik anmodning oppbevares de sammen med de øvrige kundeopplysningene til "
                        + "31. desember " + bookkeepingYears + " år etter året kundeforholdet tok slutt.",
                        "CustomerErasure (ERASURE_REQUESTED, RELATIONSHIP_ENDED); " + retentionJob(bookkeepingYears))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory contracts(int bookkeepingYears) {
        return DataCategory.named(CONTRACTS)
                .title("Strømavtaler")
                .description("Avtalene dine: avtaletype (spot, fastpris, variabel), hvilket målepunkt avtalen gjelder, "
                        + "når den startet, når den ble sagt opp og siste leveringsdag, eller når den ble avbestilt før den startet.")
                .tables("contract")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors(
                        Recipient.service("consumption-service", "Får avtale-ID, målepunkt-ID, avtaletype og datoer "
                                + "gjennom hendelser, knyttet til det pseudonyme kunde-ID-et, for å fakturere forbruket"),
                        Recipient.service("consent-service", "Får bare det pseudonyme kunde-ID-et gjennom en hendelse "
                                + "når en avtale starter: en tidligere kunde er kunde igjen"),
                        collector()))
                .retention(bookkeepingRule(bookkeepingYears), retentionJob(bookkeepingYears))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory meteringPoints(int bookkeepingYears) {
        return DataCategory.named(METERING_POINTS)
                .title("Målepunkter og målere")
                .description("Målepunktene du får levert strøm til: målepunkt-ID (GSRN), målernummeret til måleren "
                        + "som står der nå, prisområde og målepunktets geografiske posisjon med fire desimaler (om lag "
                        + "ti meter: nok til å skille bygningen fra naboens).")
                .tables("metering_point")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.ELHUB)
                .recipients(withProcessors(
                        Recipient.service("consumption-service", "Får målepunkt-ID (GSRN) og prisområde gjennom "
                                + "hendelser, knyttet til det pseudonyme kunde-ID-et, for å ta imot timeverdiene"),
                        collector()))
                .retention(bookkeepingRule(bookkeepingYears), retentionJob(bookkeepingYears))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory meterHistory(int bookkeepingYears) {
        return DataCategory.named(METER_HISTORY)
                .title("Målerbytter")
                .description("Målerne som er byttet ut på målepunktene dine: forrige og nye målernummer og dagen "
                        + "måleren ble byttet. Historikken følger målepunktet, også fra før du ble kunde der.")
                .tables("meter_swap")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP, ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.ELHUB)
                .recipients(withProcessors(collector()))
                .retention(bookkeepingRule(bookkeepingYears), retentionJob(bookkeepingYears))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory interactionLog(int keepDaysAfterCaseClosed) {
        return DataCategory.named(INTERACTION_LOG)
                .title("Henvendelser og saker hos kundeservice")
                .description("Kontakt mellom deg og kundeservice som er del av behandlingen av en sak: kanal (e-post, "
                        + "telefon, Facebook, brev, oppmøte), hvem som tok kontakt, når, saksnummer, hvilken "
                        + "saksbehandler (med ID, ikke navn), et sammendrag og henvisninger til vedlegg, og når saken "
                        + "ble avsluttet.")
                .tables("customer_case", "interaction")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.LOS_STAFF)
                .recipients(withProcessors(collector()))
                .retention("Så lenge saken er åpen, og deretter i " + keepDaysAfterCaseClosed + " dager etter at den ble "
                        + "avsluttet (tre år som standard: den alminnelige foreldelsesfristen, slik at vi kan dokumentere "
                        + "hvordan saken ble behandlet om det kommer en klage eller et krav). Deretter slettes den. Ber du "
                        + "om sletting når du ikke lenger har en avtale som løper, slettes avsluttede saker med en gang; "
                        + "åpne saker beholdes til de er avsluttet.",
                        "ExpiredRecordsSweep (los.customer.short-retention-check.every); CustomerErasure "
                                + "(ERASURE_REQUESTED, RETENTION_EXPIRED)")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN, Roles.RIGHTS_COLLECTOR)
                .build();
    }

    private static DataCategory visitorRegister(int keepDays) {
        return DataCategory.named(VISITOR_REGISTER)
                .title("Besøksregisteret i resepsjonen")
                .description("Fullt navn og når du kom og gikk, om du har besøkt kontoret vårt. Registeret er ikke "
                        + "knyttet til kundeforholdet: vil du vite om du står der, eller ha opplysningene slettet, ber du "
                        + "personvernombudet om det med navnet du oppga i resepsjonen.")
                .tables("visit")
                .purposes(ProcessingPurpose.BUILDING_SECURITY)
                .legalBasis(LegalBasis.LEGITIMATE_INTEREST)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors())
                .retention("I " + keepDays + " dager etter dagen du gikk (eller kom, om avreisen ikke ble registrert), "
                        + "slik at vi kan finne ut hvem som var i bygget om noe skjedde der. Deretter slettes besøket. Ber "
                        + "du om sletting, slettes det med en gang.",
                        "ExpiredRecordsSweep (los.customer.short-retention-check.every, "
                                + "los.customer.visitor-register.keep-days = " + keepDays + "); VisitorRegister (erasure)")
                .safeguards(Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.RECEPTION, Roles.PRIVACY_OFFICER, Roles.ADMIN)
                .build();
    }

    private static DataCategory workItems() {
        return DataCategory.named(WORK_ITEMS)
                .title("Oppfølging fra kundeservice")
                .description("Oppgaver kundeservice har åpne om deg, med når de ble opprettet: at vi mangler "
                        + "e-postadressen din og ber deg om den, eller at kontrollen mot Folkeregisteret fant noe en "
                        + "saksbehandler må se på (navn eller adresse som avviker, dødsfall, utflytting, ukjent "
                        + "fødselsnummer). Oppgaven sier hva som avviker, aldri verdien.")
                .tables("work_item")
                .purposes(ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DERIVED)
                .recipients(withProcessors(collector()))
                .retention("Bare så lenge oppgaven er åpen: den slettes når det som manglet eller avvek er i orden, når "
                        + "saksbehandleren lukker den, og senest når kundeforholdet tar slutt.",
                        "Worklist (resolve, close); CustomerErasure (RELATIONSHIP_ENDED, ERASURE_REQUESTED, "
                                + "RETENTION_EXPIRED)")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .build();
    }

    private static DataCategory pendingErasureRequest() {
        return DataCategory.named(PENDING_ERASURE_REQUEST)
                .title("Ventende sletteanmodning")
                .description("Når du ba om sletting mens en avtale fortsatt løp. Vi må beholde opplysningene så lenge "
                        + "avtalen løper, men merker oss anmodningen, slik at kontaktopplysningene slettes den dagen "
                        + "kundeforholdet tar slutt.")
                .tables(CUSTOMER)
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withProcessors(collector()))
                .retention("Til kundeforholdet er avsluttet og kontaktopplysningene er slettet; da slettes merket sammen "
                        + "med dem.", "CustomerErasure (RELATIONSHIP_ENDED)")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }

    /**
     * The Bookkeeping Act (§ 13) keeps primary documentation for invoicing after the relationship has
     * ended: LOS then keeps it as a legal obligation (Art. 6(1)(c)), no longer for the contract.
     */
    private static String bookkeepingRule(int bookkeepingYears) {
        return "Så lenge kundeforholdet varer. Når den siste avtalen er avsluttet, er opplysningene regnskapsmateriale "
                + "som bokføringsloven pålegger oss å oppbevare (rettslig forpliktelse): til 31. desember "
                + bookkeepingYears + " år etter året kundeforholdet tok slutt. Deretter slettes de. Har du aldri hatt "
                + "en avtale, slettes de når du ber om det.";
    }

    private static String retentionJob(int bookkeepingYears) {
        return "RetentionErasureJob (los.customer.retention-check.every) after BookkeepingPeriod "
                + "(los.retention.bookkeeping-years = " + bookkeepingYears + ")";
    }

    /** A service of the suite that learns the person's pseudonymous id from events, and nothing else of this category. */
    private static Recipient idOnly(String service, String why) {
        return Recipient.service(service, "Får bare det pseudonyme kunde-ID-et gjennom hendelser, aldri navn eller "
                + "fødselsnummer; " + why);
    }

    /** dsar-service fetches the person's part when the person asks for access or portability. */
    private static Recipient collector() {
        return Recipient.service("dsar-service", "Henter opplysningene når du ber om innsyn eller dataportabilitet, "
                + "for å gi dem til deg; får ellers bare det pseudonyme kunde-ID-et gjennom hendelser");
    }

    private static Recipient[] withProcessors(Recipient... services) {
        List<Recipient> all = new ArrayList<>(List.of(services));
        all.addAll(List.of(Processors.operating("los.no, Min side og CRM")));
        return all.toArray(Recipient[]::new);
    }
}
