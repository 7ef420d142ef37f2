package no.los.platform.rights;

import java.util.List;

/**
 * The processors the privacy policy names (R15): under data processing agreements they operate and
 * develop los.no, the CRM and the visualisation app. The policy names the three together and does
 * not say which of them runs which system, so a category they can reach names all three. Their
 * agreements are kept in dsar-service's processor register; the names here must match it.
 */
public final class Processors {

    public static final String EVRY = "Evry Norge AS";
    public static final String ENORO = "Enoro AS";
    public static final String COMPELLO = "Compello AS";

    private Processors() {
    }

    /** The three processors, each receiving the category for the system named. */
    public static Recipient[] operating(String system) {
        return List.of(EVRY, ENORO, COMPELLO).stream()
                .map(name -> Recipient.processor(name, "Drift og utvikling av " + system + " (databehandler)"))
                .toArray(Recipient[]::new);
    }
}
