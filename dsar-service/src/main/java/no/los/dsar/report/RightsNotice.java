package no.los.dsar.report;

import java.util.List;

import no.los.dsar.report.AccessReport.AutomatedDecisions;
import no.los.dsar.report.AccessReport.Controller;
import no.los.dsar.report.AccessReport.OtherRight;
import no.los.dsar.report.AccessReport.SupervisoryAuthority;

/**
 * What every answer to an access request tells the person besides the data (Art. 13-15, 77; R1,
 * R16-R23): who the controller is, the other rights and how to use them, and where to complain.
 * Written once, in Norwegian (bokmål), as the person reads it.
 */
final class RightsNotice {

    static final String PRIVACY_EMAIL = "personvern@los.no";

    static final Controller CONTROLLER = new Controller("LOS AS", "Postboks 603 Lundsiden, 4606 Kristiansand",
            PRIVACY_EMAIL);

    static final SupervisoryAuthority DATATILSYNET = new SupervisoryAuthority("Datatilsynet",
            "Postboks 8177, 0034 OSLO", "www.datatilsynet.no", "77",
            "Mener du at vi behandler personopplysningene dine i strid med personvernregelverket, kan du klage "
                    + "til Datatilsynet. Vi setter pris på om du først tar kontakt med oss på " + PRIVACY_EMAIL
                    + ", så vi kan rette opp feilen.");

    static final List<OtherRight> OTHER_RIGHTS = List.of(
            new OtherRight("RECTIFICATION", "16", "Retting",
                    "Er opplysninger om deg feil eller ufullstendige, kan du be oss rette dem. Vi gir beskjed til "
                            + "dem vi har gitt opplysningene til, så feilen ikke får virkning der."),
            new OtherRight("ERASURE", "17", "Sletting",
                    "Du kan be oss slette opplysninger som ikke lenger er nødvendige, eller som er behandlet "
                            + "ulovlig. Det loven pålegger oss å beholde (for eksempel etter bokføringsloven), "
                            + "beholder vi, og vi sier fra hva, hvorfor og hvor lenge."),
            new OtherRight("RESTRICTION", "18", "Begrensning",
                    "Du kan be oss begrense behandlingen, for eksempel mens vi undersøker om opplysningene er "
                            + "riktige. Da lagrer vi dem, men bruker dem ikke."),
            new OtherRight("PORTABILITY", "20", "Dataportabilitet",
                    "Du kan få opplysningene du har gitt oss og forbruket som er målt hos deg, i et strukturert og "
                            + "maskinlesbart format (JSON eller CSV), og be oss overføre dem til en annen "
                            + "behandlingsansvarlig."),
            new OtherRight("OBJECTION", "21", "Protest",
                    "Du kan protestere mot behandling som bygger på berettiget interesse, på grunn av din "
                            + "særlige situasjon. Protesterer du mot direkte markedsføring, stanser vi den alltid."),
            new OtherRight("CONSENT_WITHDRAWAL", "7(3)", "Trekke tilbake samtykke",
                    "Du kan når som helst trekke tilbake et samtykke, like enkelt som du ga det: på Min side "
                            + "eller ved å skrive til " + PRIVACY_EMAIL + ". Behandlingen før du trakk det "
                            + "tilbake, er like lovlig."));

    static final String HOW_TO_USE_THE_RIGHTS = "Bruk Min side på los.no eller skriv til " + PRIVACY_EMAIL
            + ". Vi svarer uten ugrunnet opphold og senest innen 30 dager.";

    private RightsNotice() {
    }

    static AutomatedDecisions automatedDecisions(List<String> categories) {
        String description = categories.isEmpty()
                ? "LOS treffer ingen avgjørelser om deg som bare bygger på automatisk behandling, og som har "
                        + "rettsvirkning for deg eller på lignende måte påvirker deg i betydelig grad (artikkel 22)."
                : "Opplysningene i disse kategoriene brukes til avgjørelser som treffes automatisk. Du kan be om at "
                        + "et menneske vurderer avgjørelsen på nytt, uttrykke ditt syn og bestride avgjørelsen "
                        + "(artikkel 22).";
        return new AutomatedDecisions(!categories.isEmpty(), categories, description);
    }
}
