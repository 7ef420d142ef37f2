package no.los.consumption.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 * What personal data consumption-service holds, declared once: invoicing data (hourly readings,
 * contracts, metering points and the keep-until date of a former customer) and the visualisation
 * app's own data (registration, profile, alerts). The category names are the ones the erasure
 * confirmations use. Marketing is no recipient and has no access role anywhere here (R2): it never
 * reads consumption, only segments built elsewhere.
 */
@ApplicationScoped
public class ConsumptionDataMap {

    public static final String SERVICE = "consumption-service";

    /** Categories, as the confirmations, the access report and the README name them. */
    public static final String HOURLY_READINGS = "hourly-readings";
    public static final String QUARTER_HOUR_READINGS = "quarter-hour-readings";
    public static final String METERED_DAYS = "metered-days";
    public static final String READING_CORRECTIONS = "reading-corrections";
    public static final String CONTRACTS = "contracts";
    public static final String METERING_POINTS = "metering-points";
    public static final String INVOICING_RETENTION = "invoicing-retention";
    public static final String APP_REGISTRATION = "app-registration";
    public static final String APP_PROFILE = "app-profile";
    public static final String ALERT_SETTINGS = "alert-settings";

    private static final Recipient DSAR = Recipient.service("dsar-service",
            "Setter sammen innsyn og dataportabilitet når du ber om det");
    private static final String INVOICING_ENFORCED_BY = "ConsumptionErasure (RELATIONSHIP_ENDED, ERASURE_REQUESTED) og "
            + "ExpiredInvoicingDataErasure (los.consumption.retention.every, los.retention.bookkeeping-years)";
    private static final String APP_ENFORCED_BY = "ConsumptionErasure (CONSENT_WITHDRAWN for VISUALISATION_APP, "
            + "RELATIONSHIP_ENDED, ERASURE_REQUESTED)";
    private static final String APP_RETENTION = "Til du trekker tilbake samtykket til visualiseringsappen (sletter appen), "
            + "kundeforholdet tar slutt eller du ber om sletting; da slettes det straks.";

    private final DataMap dataMap;

    public ConsumptionDataMap(@ConfigProperty(name = "los.retention.bookkeeping-years", defaultValue = "5") int years) {
        String invoicingRetention = "Så lenge en strømavtale er i kraft. Når kundeforholdet er slutt, til 31. desember "
                + "i det " + years + ". året etter (bokføringsloven § 13), deretter slettes det. Er ingen avtale med oss "
                + "kjent, er ingenting fakturert: da slettes det når kundeforholdet slutter eller du ber om sletting.";
        this.dataMap = DataMap.of(SERVICE, List.of(
                hourlyReadings(invoicingRetention),
                quarterHourReadings(invoicingRetention),
                meteredDays(invoicingRetention),
                readingCorrections(invoicingRetention),
                contracts(invoicingRetention),
                meteringPoints(invoicingRetention),
                invoicingRetention(years),
                appRegistration(),
                appProfile(),
                alertSettings()),
                new TableWithoutPersonalData("spot_price", "day-ahead spot prices per price area from the price source or "
                        + "the billing integration: market data about no one"));
    }

    public DataMap dataMap() {
        return dataMap;
    }

    private static DataCategory hourlyReadings(String retention) {
        return DataCategory.named(HOURLY_READINGS)
                .title("Timeforbruk")
                .description("Strømforbruket ditt time for time (kWh med tre desimaler) for hvert målepunkt, slik "
                        + "nettselskapet har målt det og Elhub har sendt oss; for dager målt per kvarter er timen summen "
                        + "av de fire kvarterene. Grunnlaget for fakturaen; du ser det selv på Min side og i appen. "
                        + "Markedsavdelingen får aldri lese det.")
                .tables("hourly_reading")
                .purposes(ProcessingPurpose.INVOICING, ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.ELHUB)
                .recipients(recipientsWithTheApp())
                .retention(retention, INVOICING_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.ROLE_BASED_ACCESS,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.CUSTOMER, Roles.AGENT, Roles.BILLING, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory quarterHourReadings(String retention) {
        return invoicingRecord(QUARTER_HOUR_READINGS, retention)
                .title("Kvartersforbruk")
                .description("Strømforbruket ditt per kvarter (kWh med tre desimaler) for dagene målepunktet ble målt "
                        + "per kvarter, slik Elhub har sendt oss det. Timeforbruket er summen av dem.")
                .tables("quarter_hour_reading")
                .source(DataSource.ELHUB)
                .portable()
                .build();
    }

    private static DataCategory meteredDays(String retention) {
        return invoicingRecord(METERED_DAYS, retention)
                .title("Forbruk per dag")
                .description("For hvert målepunkt og hver dag: om dagen ble målt per time eller per kvarter, hvor "
                        + "mange verdier den har, summen i kWh og når den sist ble endret. Regnet ut av målingene.")
                .tables("metered_day")
                .source(DataSource.DERIVED)
                .build();
    }

    private static DataCategory readingCorrections(String retention) {
        return invoicingRecord(READING_CORRECTIONS, retention)
                .title("Korrigerte målinger")
                .description("Hver gang Elhub har rettet målinger for en dag: dagen slik den var før rettelsen, med "
                        + "alle verdiene, når de kom og når de ble erstattet. Den viser hva en tidligere faktura bygde på.")
                .tables("reading_correction")
                .source(DataSource.ELHUB)
                .build();
    }

    /**
     * What the intake keeps beside the hourly readings shares their purposes, basis, recipients, retention
     * and safeguards; only the billing integration and the rights collector read it.
     */
    private static DataCategory.Builder invoicingRecord(String name, String retention) {
        return DataCategory.named(name)
                .purposes(ProcessingPurpose.INVOICING, ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .recipients(DSAR)
                .retention(retention, INVOICING_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.BILLING, Roles.RIGHTS_COLLECTOR);
    }

    private static DataCategory contracts(String retention) {
        return DataCategory.named(CONTRACTS)
                .title("Strømavtaler")
                .description("Avtalene dine per målepunkt: avtaletype og perioden de gjelder for. De avgjør hvilke "
                        + "timer vi tar imot og fakturerer forbruk for.")
                .tables("supply_contract")
                .purposes(ProcessingPurpose.INVOICING, ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DERIVED)
                .recipients(DSAR)
                .retention(retention, INVOICING_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.AGENT, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory meteringPoints(String retention) {
        return DataCategory.named(METERING_POINTS)
                .title("Målepunkter")
                .description("Målepunkt-ID-ene dine og prisområdet de ligger i, slik kunderegisteret har meldt dem: "
                        + "forbruk tas bare imot for disse.")
                .tables("known_metering_point")
                .purposes(ProcessingPurpose.INVOICING, ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .legalBasis(LegalBasis.CONTRACT)
                .source(DataSource.DERIVED)
                .recipients(DSAR)
                .retention(retention, INVOICING_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.AGENT, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory invoicingRetention(int years) {
        return DataCategory.named(INVOICING_RETENTION)
                .title("Oppbevaringsfrist for fakturagrunnlaget")
                .description("Når kundeforholdet ditt tok slutt, og datoen timeforbruk, avtaler og målepunkter "
                        + "oppbevares til etter bokføringsloven.")
                .tables("invoicing_retention")
                .purposes(ProcessingPurpose.INVOICING)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(DSAR)
                .retention("Til 31. desember i det " + years + ". året etter at kundeforholdet tok slutt; slettes "
                        + "sammen med fakturagrunnlaget, eller når du blir kunde igjen.", INVOICING_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }

    private static DataCategory appRegistration() {
        return DataCategory.named(APP_REGISTRATION)
                .title("Registrering i visualiseringsappen")
                .description("Vår kopi av samtykket ditt til visualiseringsappen: hvilken versjon av vilkårene du "
                        + "godtok, og når. Beviset for samtykket oppbevares i samtykkeregisteret.")
                .tables("app_registration")
                .purposes(ProcessingPurpose.VISUALISATION_APP)
                .legalBasis(LegalBasis.CONSENT)
                .source(DataSource.DERIVED)
                .recipients(recipientsWithTheApp())
                .retention(APP_RETENTION, APP_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }

    private static DataCategory appProfile() {
        return DataCategory.named(APP_PROFILE)
                .title("Husholdningsprofil i appen")
                .description("Det du har fortalt appen om husholdningen: antall personer, boligtype, oppvarming og "
                        + "areal, for å sammenligne forbruket med lignende hjem. Brukes aldri til fakturering.")
                .tables("app_profile")
                .purposes(ProcessingPurpose.VISUALISATION_APP)
                .legalBasis(LegalBasis.CONSENT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(recipientsWithTheApp())
                .retention(APP_RETENTION, APP_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.CUSTOMER)
                .portable()
                .build();
    }

    private static DataCategory alertSettings() {
        return DataCategory.named(ALERT_SETTINGS)
                .title("Varsler i appen")
                .description("Varslene du har slått på i appen, med terskelen for hvert (kWh per døgn eller kroner "
                        + "per kWh).")
                .tables("alert_setting")
                .purposes(ProcessingPurpose.VISUALISATION_APP)
                .legalBasis(LegalBasis.CONSENT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(recipientsWithTheApp())
                .retention(APP_RETENTION, APP_ENFORCED_BY)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.SEPARATE_STORE, Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.CUSTOMER)
                .portable()
                .build();
    }

    /** dsar-service, and the processors that run the app, which shows the data to the customer. */
    private static Recipient[] recipientsWithTheApp() {
        Recipient[] processors = Processors.operating("visualiseringsappen");
        Recipient[] recipients = new Recipient[processors.length + 1];
        recipients[0] = DSAR;
        System.arraycopy(processors, 0, recipients, 1, processors.length);
        return recipients;
    }
}
