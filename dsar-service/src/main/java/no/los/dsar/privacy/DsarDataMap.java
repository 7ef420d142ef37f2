package no.los.dsar.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.los.dsar.report.ReportRetention;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataMap.TableWithoutPersonalData;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;
import no.los.platform.security.Roles;

/**
 * What dsar-service holds about a person, declared once: the record of every request the person
 * made about their rights and of how LOS handled it (Art. 5(2), 12). Everything here serves the
 * rights of the data subject and rests on the legal obligation to answer them. The part of a record
 * that names a staff member (their user id, when they registered a request or downloaded a report)
 * is the staff member's data: it is kept as evidence of who handled the request, and never shown in
 * the person's access report.
 * <p>
 * Retention is stated as it is: apart from the access reports themselves, which are deleted after
 * {@code los.dsar.report.keep}, nothing deletes these records yet; the period for request records is
 * still to be decided (REQUIREMENTS: "configurable; documented").
 */
final class DsarDataMap {

    static final String SERVICE = "dsar-service";

    static final String REQUESTS = "rights-requests";
    static final String PROGRESS = "request-progress";
    static final String ERASURE_RECEIPTS = "erasure-receipts";
    static final String ACCESS_REPORTS = "access-reports";
    static final String REPORT_DOWNLOADS = "report-downloads";
    static final String EXPORT_DOWNLOADS = "export-downloads";
    static final String DIRECT_TRANSFERS = "direct-transfers";
    static final String REQUEST_LETTERS = "request-letters";

    /** Requests, their progress and receipts: customer service, the privacy officer, admins, the person. */
    private static final String[] STAFF_AND_CUSTOMER = { Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN,
            Roles.CUSTOMER, Roles.RIGHTS_COLLECTOR };
    /** The report: the agent who registered the request, the privacy officer, the person. */
    private static final String[] REPORT_READERS = { Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.CUSTOMER,
            Roles.RIGHTS_COLLECTOR };
    /** Download logs: no endpoint shows them; the person reads them in their own access report. */
    private static final String[] IN_THE_ACCESS_REPORT_ONLY = { Roles.CUSTOMER, Roles.RIGHTS_COLLECTOR };
    /** Direct transfers: the privacy officer, who may transfer on the person's behalf, and the person. */
    private static final String[] TRANSFER_READERS = { Roles.PRIVACY_OFFICER, Roles.CUSTOMER, Roles.RIGHTS_COLLECTOR };

    private static final String KEPT_AS_RECORD = "Oppbevares som dokumentasjon på hvordan henvendelsen din ble "
            + "behandlet (personvernforordningen art. 5 nr. 2 og art. 12). Lagringstiden er ikke fastsatt ennå: i dag "
            + "slettes disse opplysningene ikke.";
    private static final String NOTHING_DELETES = "Ingen ennå: ingen regel eller jobb sletter %s "
            + "(RetentionReason.REQUEST_ACCOUNTABILITY; DsarErasure handler ikke på noen slettehendelse)";

    private DsarDataMap() {
    }

    /** The map, with the period a stored access report can be downloaded before it is deleted. */
    static DataMap of(Duration reportKeep) {
        return DataMap.of(SERVICE, List.of(
                requests(),
                progress(),
                erasureReceipts(),
                accessReports(reportKeep),
                reportDownloads(),
                exportDownloads(),
                directTransfers(),
                requestLetters()),
                new TableWithoutPersonalData("processor", "the processor register: companies under a data processing "
                        + "agreement (legal persons), with no contact persons"),
                new TableWithoutPersonalData("processor_revision", "the processor register's history: companies only, "
                        + "and in changed_by the token subject of the privacy officer who made each change. That id "
                        + "is personal data of LOS staff, not of customers: kept as evidence of who changed the register "
                        + "for as long as the register exists (nothing deletes it), and outside this map, which "
                        + "describes the customers' data that the access report shows"),
                new TableWithoutPersonalData("service_data_map", "the services' announced data maps: declarations of "
                        + "what they hold, no personal data"),
                new TableWithoutPersonalData("transfer_endpoint", "the privacy officer's allow-list of receiving "
                        + "controllers: organisations and their URLs, no personal data"));
    }

    private static DataCategory requests() {
        return DataCategory.named(REQUESTS)
                .title("Henvendelser om rettighetene dine")
                .description("Hver henvendelse du har sendt, eller som en ansatt har registrert for deg: om innsyn, "
                        + "retting, sletting, begrensning, dataportabilitet eller protest; kanalen den kom gjennom, om du "
                        + "sendte den selv, når den kom inn, fristen for å svare deg (senest 30 dager, og aldri mer enn én "
                        + "kalendermåned), en forlenget frist, status og når den ble fullført, avslått eller trukket "
                        + "tilbake, og hvert steg i behandlingen: når, og om du, en ansatt eller tjenesten tok det. "
                        + "Hvordan identiteten din ble fastslått (innloggingen, eller en ansatts notat om kontrollen), "
                        + "og når tjenestene fikk beskjed. Tok en ansatt et steg (registrerte, kontrollerte "
                        + "identiteten, godkjente, forlenget, avslo eller fullførte henvendelsen), lagres også den "
                        + "ansattes bruker-ID. For en protest: hva du protesterer mot, og begrunnelsen din (din "
                        + "særlige situasjon) til henvendelsen er avgjort, fullført eller trukket tilbake; da slettes "
                        + "begrunnelsen. Ble identiteten din fastslått med en engangskode: hvor koden ble sendt "
                        + "(e-post eller SMS, adressen delvis skjult), når, når den gikk ut og hvor mange feil forsøk det "
                        + "var; selve koden lagres bare som en saltet hash.")
                .tables("data_subject_request", "request_step", "identity_code")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DATA_SUBJECT)
                .recipients(withMinSide(
                        toldOfRequest("customer-service"),
                        toldOfRequest("consent-service"),
                        toldOfRequest("consumption-service"),
                        toldOfRequest("marketing-service")))
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("data_subject_request"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory requestLetters() {
        return DataCategory.named(REQUEST_LETTERS)
                .title("Brev om henvendelsene dine")
                .description("Brev vi har sendt deg om en henvendelse, utenom selve svaret: et foreløpig svar som "
                        + "forlenger fristen (med begrunnelsen og datoen du kan vente svar), eller et avslag (med "
                        + "grunnlaget og begrunnelsen), eller beskjeden om at henvendelsen er besvart. Med hvert brev lagres "
                        + "når det ble skrevet og bruker-ID-en til personvernansvarlig som skrev det.")
                .tables("request_letter")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("request_letter"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .build();
    }

    private static DataCategory progress() {
        return DataCategory.named(PROGRESS)
                .title("Fremdrift per tjeneste")
                .description("For hver henvendelse om sletting, innsyn, dataportabilitet, retting eller begrensning: "
                        + "hvilke av LOS' tjenester som har gjort sin del, og når, og hvilke kategorier svaret gjaldt. "
                        + "Ved retting også hvilke mottakere som ble varslet om hvilke kategorier, og når (aldri "
                        + "verdiene). Tjenestenes deler av et innsynssvar mellomlagres her bare til innsynsrapporten er "
                        + "satt sammen, og fjernes da.")
                .tables("erasure_fulfilment", "rights_part", "collected_part", "recipient_notice")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("erasure_fulfilment, rights_part eller recipient_notice")
                        + "; collected_part: ReportAssembly, når rapporten er satt sammen")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .build();
    }

    private static DataCategory erasureReceipts() {
        return DataCategory.named(ERASURE_RECEIPTS)
                .title("Kvitteringer for sletting")
                .description("Hver tjenestes bekreftelse på at opplysninger om deg er slettet, uansett hva som utløste "
                        + "slettingen (en anmodning om sletting, et tilbaketrukket samtykke, en protest, at kundeforholdet "
                        + "tok slutt, en e-postadresse som ikke virket, en utløpt lagringstid): hvilke kategorier som ble "
                        + "slettet og hvor mange, og hva som ble beholdt, hvorfor og til når. Kvitteringene inneholder "
                        + "bare kategorier og antall, aldri opplysningene som ble slettet.")
                .tables("erasure_receipt", "erasure_receipt_deleted", "erasure_receipt_kept")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("erasure_receipt"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.APPEND_ONLY,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(STAFF_AND_CUSTOMER)
                .build();
    }

    private static DataCategory accessReports(Duration keep) {
        String period = keep.toHours() % 24 == 0 ? keep.toDays() + " dager" : keep.toHours() + " timer";
        return DataCategory.named(ACCESS_REPORTS)
                .title("Innsynsrapporter")
                .description("Innsynsrapporten som ble satt sammen fra alle LOS' tjenester da du ba om innsyn, med "
                        + "alle opplysningene de har om deg, og hvor lenge den kan lastes ned. Innholdet er det samme "
                        + "som tjenestene viser i sine kategorier; her vises bare rapportene, ikke innholdet en gang til.")
                .tables("access_report")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention("Selve rapporten slettes når den har kunnet lastes ned i " + period + ". Deretter står bare "
                        + "en oppføring igjen uten innhold (når den ble laget og slettet), slik at en sen nedlasting "
                        + "får beskjed om at den er slettet. Oppføringen slettes ikke ennå.",
                        ReportRetention.class.getSimpleName() + " (los.dsar.report.keep, nå " + period
                                + "; kjører etter los.dsar.report.delete-every); oppføringen uten innhold: "
                                + NOTHING_DELETES.formatted("access_report"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(REPORT_READERS)
                .build();
    }

    private static DataCategory reportDownloads() {
        return DataCategory.named(REPORT_DOWNLOADS)
                .title("Nedlastinger av innsynsrapporter")
                .description("Hver gang en innsynsrapport om deg ble lastet ned: når, i hvilket format og med hvilken "
                        + "rolle (du selv eller en ansatt). For en ansatt lagres også den ansattes bruker-ID.")
                .tables("report_download")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("report_download"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.APPEND_ONLY,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(IN_THE_ACCESS_REPORT_ONLY)
                .build();
    }

    private static DataCategory exportDownloads() {
        return DataCategory.named(EXPORT_DOWNLOADS)
                .title("Nedlastinger av dataeksport")
                .description("Hver gang opplysningene dine ble lastet ned som eksport (dataportabilitet): når, i hvilket "
                        + "format, med hvilken rolle (du selv eller en ansatt), størrelsen og en sjekksum (SHA-256) "
                        + "som bevis på hva som ble utlevert. For en ansatt lagres også den ansattes bruker-ID. Selve eksporten lagres ikke; den bygges fra tjenestene når den "
                        + "hentes.")
                .tables("export_download")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("export_download"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.APPEND_ONLY,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(IN_THE_ACCESS_REPORT_ONLY)
                .build();
    }

    private static DataCategory directTransfers() {
        return DataCategory.named(DIRECT_TRANSFERS)
                .title("Overføringer til en annen behandlingsansvarlig")
                .description("Hver gang du ba oss sende opplysningene dine direkte til en annen virksomhet: mottakeren "
                        + "og adressen slik de var da, format, filnavn, størrelse og sjekksum (SHA-256), hvem som ba om "
                        + "det, når, og om overføringen lyktes. Selve eksporten lagres ikke.")
                .tables("transfer")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(withMinSide())
                .retention(KEPT_AS_RECORD, NOTHING_DELETES.formatted("transfer"))
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.APPEND_ONLY,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(TRANSFER_READERS)
                .build();
    }

    private static Recipient toldOfRequest(String service) {
        return Recipient.service(service, "Får henvendelsens ID, det pseudonyme kunde-ID-et, typen og fristen "
                + "gjennom en hendelse, for å gjøre sin del");
    }

    /** The person follows requests and fetches reports and exports on Min side, which the processors operate. */
    private static Recipient[] withMinSide(Recipient... recipients) {
        List<Recipient> all = new ArrayList<>(List.of(recipients));
        all.addAll(List.of(Processors.operating("los.no og Min side")));
        return all.toArray(Recipient[]::new);
    }
}
