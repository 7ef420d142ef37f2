package no.los.consent.privacy;

import java.util.List;

import no.los.platform.events.EventTopic;
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
 * What consent-service holds about a person, as the access report and the records of processing
 * show it. The ledger and the objections are kept because the controller must be able to demonstrate
 * a consent (Art. 7(1)) and must honour an objection (Art. 21(3)): legal obligations, Art. 6(1)(c).
 * The category names are the ones the erasure confirmations use.
 */
public final class ConsentDataMap {

    public static final String CONSENT_LEDGER = "consent-ledger";
    public static final String OBJECTIONS = "objections";
    static final String OBJECTION_GROUNDS = "objection-grounds";
    static final String ENDED_RELATIONSHIP = "ended-relationship";

    private static final String EXPIRY_JOB = "ExpiredEvidenceErasure (daglig jobb, los.consent.evidence-expiry.cron)";
    /** Every category is kept on the systems behind los.no and Min side, which the processors run. */
    private static final String SYSTEM = "los.no og Min side";
    private static final Recipient RIGHTS_COLLECTOR = Recipient.service("dsar-service",
            "Henter opplysningene når du ber om innsyn eller dataportabilitet, og får bekreftelsen på hva som ble "
                    + "slettet og beholdt (bare antall)");

    private ConsentDataMap() {
    }

    /** The data map, with the evidence period as configured. */
    static DataMap declare(EvidencePeriod evidence) {
        return DataMap.of(EventTopic.CONSENT.owner(), List.of(ledger(evidence.years()), objections(),
                objectionGrounds(), endedRelationship(evidence.years())));
    }

    private static DataCategory ledger(int years) {
        return DataCategory.named(CONSENT_LEDGER)
                .title("Samtykkehistorikk")
                .description("Hvert samtykke du har gitt eller trukket tilbake: formål, kanal, hvilken versjon av "
                        + "personvernerklæringen du ble vist, beviset (for eksempel avkrysningen på Min side) og "
                        + "tidspunktet. Trekker du et samtykke tilbake per e-post eller SMS, registrerer kundeservice "
                        + "det for deg. Tar kundeforholdet slutt, eller ber du om sletting, trekker LOS tilbake samtykkene som "
                        + "fortsatt gjelder. Historikken viser når hvert samtykke gjaldt.")
                .tables("consent_entry")
                .purposes(ProcessingPurpose.LAWFUL_BASIS_EVIDENCE, ProcessingPurpose.SERVICE_INFORMATION,
                        ProcessingPurpose.VISUALISATION_APP, ProcessingPurpose.SURVEYS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DATA_SUBJECT)
                .recipients(
                        Recipient.service("consumption-service", "Får vite når et samtykke er gitt eller trukket "
                                + "tilbake (ID-er, formål, kanal, versjon og tidspunkt, aldri beviset), og starter "
                                + "eller stopper visualiseringsappen etter det"),
                        Recipient.service("marketing-service", "Får vite når et samtykke er gitt eller trukket "
                                + "tilbake (ID-er, formål, kanal, versjon og tidspunkt, aldri beviset), og starter "
                                + "eller stopper nyhetsbrevet etter det"),
                        RIGHTS_COLLECTOR)
                .recipients(Processors.operating(SYSTEM))
                .retention("Så lenge du er kunde, og deretter i " + years + " år etter at kundeforholdet tok slutt, "
                        + "som bevis for at behandlingen hadde samtykke, til slike krav er foreldet. Et krav om "
                        + "sletting sletter den ikke før det. Samtykker du gir etter at kundeforholdet tok slutt, "
                        + "uten ny avtale, beholdes i " + years + " år etter det siste av dem.",
                        "ConsentErasure og " + EXPIRY_JOB + "; los.consent.evidence-years = " + years)
                .safeguards(Safeguard.APPEND_ONLY, Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory objections() {
        return DataCategory.named(OBJECTIONS)
                .title("Innsigelser")
                .description("Innsigelsene dine mot behandling (personvernforordningen artikkel 21): hva de gjelder, "
                        + "kanalen, status, begrunnelsen din og LOS' avgjørelse, med tidspunktene. En innsigelse mot "
                        + "direkte markedsføring gjelder straks og uten sluttdato.")
                .tables("objection")
                .purposes(ProcessingPurpose.LAWFUL_BASIS_EVIDENCE, ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DATA_SUBJECT)
                .recipients(
                        Recipient.service("marketing-service", "Får vite at en innsigelse er tatt til følge (bare "
                                + "ID-er og hva den gjelder, aldri begrunnelsen), og stopper direkte markedsføring "
                                + "til deg for godt"),
                        Recipient.service("consumption-service", "Får vite at en innsigelse er tatt til følge (bare "
                                + "ID-er og hva den gjelder, aldri begrunnelsen), og tar deg ut av sammenligningen med "
                                + "lignende husstander når den gjelder den"),
                        Recipient.service("customer-service", "Får vite at en innsigelse er tatt til følge (bare "
                                + "ID-er og hva den gjelder, aldri begrunnelsen), og tar vare på at den står"),
                        RIGHTS_COLLECTOR)
                .recipients(Processors.operating(SYSTEM))
                .retention("Uten sluttdato, også etter et krav om sletting: uten innsigelsen kunne LOS ikke vite at "
                        + "du ikke vil ha direkte markedsføring (artikkel 21(3)).",
                        "ConsentErasure beholder dem ved hver slettegrunn (MARKETING_SUPPRESSION)")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory objectionGrounds() {
        return DataCategory.named(OBJECTION_GROUNDS)
                .title("Begrunnelser for innsigelser")
                .description("Det du skrev om din særlige situasjon da du protesterte. LOS trenger det bare for å "
                        + "avgjøre innsigelsen, og det forlater aldri denne tjenesten.")
                .tables("objection")
                .purposes(ProcessingPurpose.DATA_SUBJECT_RIGHTS)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DATA_SUBJECT)
                .recipients(RIGHTS_COLLECTOR)
                .recipients(Processors.operating(SYSTEM))
                .retention("Sammen med innsigelsen til du ber om sletting etter at den er avgjort; så lenge den "
                        + "venter på avgjørelse, beholdes begrunnelsen.",
                        "ConsentErasure ved krav om sletting (ERASURE_REQUESTED)")
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS, Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN, Roles.RIGHTS_COLLECTOR)
                .build();
    }

    private static DataCategory endedRelationship(int years) {
        return DataCategory.named(ENDED_RELATIONSHIP)
                .title("Avsluttet kundeforhold")
                .description("Datoen kundeforholdet ditt tok slutt, slik kunderegisteret meldte den, og når LOS fikk "
                        + "vite det. Fra den datoen regnes hvor lenge samtykkehistorikken beholdes; gir du samtykker etter "
                        + "slutten uten ny avtale, regnes det fra det siste av dem.")
                .tables("ended_relationship")
                .purposes(ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(RIGHTS_COLLECTOR)
                .recipients(Processors.operating(SYSTEM))
                .retention("Til du blir kunde igjen, eller til samtykkehistorikken fra kundeforholdet er slettet "
                        + years + " år etter slutten.",
                        "ContractStartedHandler (ny avtale) og " + EXPIRY_JOB)
                .safeguards(Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }
}
