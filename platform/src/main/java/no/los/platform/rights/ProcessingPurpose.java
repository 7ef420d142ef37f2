package no.los.platform.rights;

/**
 * Why LOS processes a category of personal data (R2): the policy names the customer relationship
 * and information about its services, and nothing else. Each purpose carries the Norwegian wording
 * that the access report and the records of processing show.
 */
public enum ProcessingPurpose {
    /** Administering the customer relationship: contracts, metering, customer service. */
    CUSTOMER_RELATIONSHIP("Administrere kundeforholdet"),
    /** Invoicing the supply of electricity, and keeping the basis as bookkeeping law requires. */
    INVOICING("Fakturere strømleveransen og oppfylle bokføringsplikten"),
    /** Informing customers about LOS' services: newsletters and offers (only with consent). */
    SERVICE_INFORMATION("Informere om LOS' tjenester (nyhetsbrev)"),
    /** The visualisation app: consumption and cost, comparisons and alerts (only with consent). */
    VISUALISATION_APP("Visualiseringsappen: forbruk, kostnad, sammenligning og varsler"),
    /** Customer surveys by random sample (R11). */
    SURVEYS("Kundeundersøkelser"),
    /** Proving that optional processing rested on a consent, and honouring objections. */
    LAWFUL_BASIS_EVIDENCE("Dokumentere samtykker og respektere protester"),
    /** Handling the data subject's requests within the statutory deadline. */
    DATA_SUBJECT_RIGHTS("Behandle henvendelser om den registrertes rettigheter"),
    /** Keeping a log of who read or changed personal data, for confidentiality and security (R8, Art. 32). */
    ACCESS_CONTROL("Føre logg over hvem som har lest og endret opplysningene (taushetsplikt og informasjonssikkerhet)"),
    /** Knowing who is in the office building, for security and evacuation (R14: the visitor register). */
    BUILDING_SECURITY("Ha oversikt over hvem som er og har vært i kontorbygget (sikkerhet og evakuering)");

    private final String norwegian;

    ProcessingPurpose(String norwegian) {
        this.norwegian = norwegian;
    }

    /** The wording shown to the data subject. */
    public String norwegian() {
        return norwegian;
    }
}
