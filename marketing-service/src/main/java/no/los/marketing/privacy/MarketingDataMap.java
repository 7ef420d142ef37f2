package no.los.marketing.privacy;

import java.util.List;

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
 * What personal data marketing-service holds, declared once: the access report shows it to the
 * person, and the records of processing are made from it. The category names are those the erasure
 * confirmations use. Every table of the schema is in a category; only the platform's event plumbing
 * holds no personal data.
 */
final class MarketingDataMap {

    static final String SERVICE = "marketing-service";

    /** An address in the separate e-mail store. */
    static final String ADDRESS = "newsletter-address";
    /** Marketing's copy of the newsletter consent. */
    static final String CONSENT = "newsletter-consent";
    /** A line of the suppression list. */
    static final String SUPPRESSION = "suppression-entry";
    /** A bounce the e-mail service provider reported. */
    static final String BOUNCE = "bounce-report";

    private static final Recipient COLLECTOR = Recipient.service("dsar-service",
            "Henter opplysningene når du ber om innsyn eller vil ta dem med deg (dataportabilitet)");

    private static final String BY_THE_ERASURE_RULES = "privacy/NewsletterErasure on CONSENT_WITHDRAWN "
            + "(NEWSLETTER_EMAIL), OBJECTION_REGISTERED (DIRECT_MARKETING), RELATIONSHIP_ENDED and ERASURE_REQUESTED";

    static final DataMap MAP = DataMap.of(SERVICE, List.of(address(), consent(), suppression(), bounce()));

    private MarketingDataMap() {
    }

    private static DataCategory address() {
        return DataCategory.named(ADDRESS)
                .title("E-postadressen nyhetsbrevet sendes til")
                .description("Adressen du meldte på nyhetsbrevet, som kommer om lag én gang i måneden, og når du "
                        + "meldte den på. Den ligger i markedsføringens egen e-postdatabase, atskilt fra "
                        + "kunderegisteret, og deles ikke med andre. Den kan bare legges inn mens vi har samtykket "
                        + "ditt til nyhetsbrev på e-post. Nyhetsbrevet sendes med nyhetsbrevverktøyet "
                        + "personvernerklæringen nevner (APSIS), som henter adresselisten herfra.")
                .tables("newsletter_subscription")
                .purposes(ProcessingPurpose.SERVICE_INFORMATION)
                .legalBasis(LegalBasis.CONSENT)
                .source(DataSource.DATA_SUBJECT)
                .recipients(COLLECTOR)
                .recipients(Processors.operating("los.no"))
                .retention("Til du trekker samtykket til nyhetsbrev, protesterer mot direkte markedsføring, "
                        + "kundeforholdet ditt avsluttes eller du ber om sletting, og straks e-postleverandøren "
                        + "melder at adressen ikke tar imot e-post.",
                        BY_THE_ERASURE_RULES + "; privacy/NewsletterBounceErasure on ADDRESS_BOUNCED "
                                + "(POST /newsletter/bounces); at once, no setting")
                .safeguards(Safeguard.SEPARATE_STORE, Safeguard.PSEUDONYMOUS_ID, Safeguard.ROLE_BASED_ACCESS,
                        Safeguard.OWN_DATA_ONLY)
                .accessRoles(Roles.CUSTOMER, Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.MARKETING, Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    private static DataCategory consent() {
        return DataCategory.named(CONSENT)
                .title("Samtykket ditt til nyhetsbrev, slik markedsføringen kjenner det")
                .description("Markedsføringens kopi av samtykket ditt til nyhetsbrev på e-post: hvilken versjon av "
                        + "personvernteksten du fikk se, og når du ga samtykket. Kopien kommer fra "
                        + "samtykketjenesten, som fører selve samtykket med dokumentasjonen. Bare så lenge kopien "
                        + "finnes, kan adressen din ligge i e-postdatabasen.")
                .tables("newsletter_consent")
                .purposes(ProcessingPurpose.SERVICE_INFORMATION)
                .legalBasis(LegalBasis.CONSENT)
                .source(DataSource.DERIVED)
                .recipients(COLLECTOR)
                .retention("Til du trekker samtykket, protesterer mot direkte markedsføring, kundeforholdet ditt "
                        + "avsluttes eller du ber om sletting. Når en adresse ikke tar imot e-post, står samtykket, "
                        + "så du kan oppgi en ny adresse.", BY_THE_ERASURE_RULES + "; at once, no setting")
                .safeguards(Safeguard.SEPARATE_STORE, Safeguard.PSEUDONYMOUS_ID)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .portable()
                .build();
    }

    /**
     * The suppression list rests on a legal obligation, not on a legitimate interest: Art. 21(3) and
     * 7(3) oblige LOS to stop for good, the line is the least that keeps an import from undoing that,
     * and it must outlive an erasure request (Art. 17(3)(b)). On a legitimate interest the person could
     * object to, and have erased, the very line that honours the objection.
     */
    private static DataCategory suppression() {
        return DataCategory.named(SUPPRESSION)
                .title("Sperre mot nyhetsbrev og direkte markedsføring")
                .description("En linje på sperrelisten etter at du trakk samtykket til nyhetsbrev eller protesterte "
                        + "mot direkte markedsføring: grunnen, og fra når sperren gjelder. Linjen holder bare "
                        + "nøkkelhasher av kunde-ID-en din og av e-postadressen, aldri adressen selv; uten nøkkelen "
                        + "sier hashene ingenting, så innsynet viser at sperren finnes, med grunn og dato. Sperren "
                        + "hindrer at en import eller påmelding legger adressen inn igjen, også etter at alt annet "
                        + "er slettet. Grunnlaget er en rettslig forpliktelse: personvernforordningen artikkel 21(3) "
                        + "krever at direkte markedsføring stanser for godt når du protesterer, og artikkel 7(3) at "
                        + "et tilbaketrukket samtykke respekteres. Derfor beholdes sperren også når du ber om "
                        + "sletting (artikkel 17(3)(b)).")
                .tables("suppression_entry")
                .purposes(ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .legalBasis(LegalBasis.LEGAL_OBLIGATION)
                .source(DataSource.DERIVED)
                .recipients(COLLECTOR)
                .retention("Så lenge protesten eller tilbaketrekningen står, uten fast sluttdato. En sperre etter et "
                        + "tilbaketrukket samtykke oppheves når du gir nytt samtykke og melder deg på igjen; en "
                        + "protest mot direkte markedsføring oppheves aldri av markedsføringen.",
                        "service/SuppressionList.liftWithdrawalsBefore (a subscription after a fresh consent); "
                                + "kept by privacy/NewsletterErasure as MARKETING_SUPPRESSION; no setting")
                .safeguards(Safeguard.KEYED_HASH, Safeguard.SEPARATE_STORE)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }

    /**
     * A bounce report holds neither the address nor a customer id: what ties it to a person is the
     * erasure confirmation it caused, in the outbox for a week and in dsar-service's receipts after.
     */
    private static DataCategory bounce() {
        return DataCategory.named(BOUNCE)
                .title("Melding om at nyhetsbrevet ikke kom fram")
                .description("En rapport fra e-postleverandøren om at nyhetsbrevet ikke kunne leveres til adressen "
                        + "din: om feilen var varig eller forbigående, når den skjedde og når vi fikk rapporten. "
                        + "Rapporten fikk adressen slettet. Den holder verken adressen eller kunde-ID-en din; den "
                        + "er knyttet til deg bare gjennom bekreftelsen på at adressen ble slettet. Vi beholder den "
                        + "for å kunne vise hvorfor adressen ble slettet (berettiget interesse).")
                .tables("bounce_report")
                .purposes(ProcessingPurpose.SERVICE_INFORMATION)
                .legalBasis(LegalBasis.LEGITIMATE_INTEREST)
                .source(DataSource.DERIVED)
                .recipients(COLLECTOR)
                .retention("Rapporten beholdes uten fast sluttdato, men uten adressen og uten kunde-ID. Koblingen "
                        + "til deg, bekreftelsen på slettingen, har markedsføringen i sju dager; deretter finnes den "
                        + "bare som slettekvittering hos personverntjenesten.",
                        "no job deletes bounce_report; the link (the ADDRESS_BOUNCED confirmation in outbox_event) "
                                + "goes after los.events.relay.keep-published (P7D)")
                .safeguards(Safeguard.SEPARATE_STORE)
                .accessRoles(Roles.RIGHTS_COLLECTOR)
                .build();
    }
}
