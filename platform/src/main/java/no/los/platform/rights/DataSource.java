package no.los.platform.rights;

/** Where a category of personal data comes from (Art. 14(2)(f) and 15(1)(g)). */
public enum DataSource {
    /** Given by the customer: on registration, on Min side, in the app. */
    DATA_SUBJECT("Deg selv"),
    /** Elhub, the Norwegian metering data hub: metering points and hourly consumption. */
    ELHUB("Elhub (måleverdier fra nettselskapet)"),
    /** Recorded by LOS staff, for instance a request taken by customer service. */
    LOS_STAFF("LOS' ansatte"),
    /** Derived by the suite from other data or from another service's event. */
    DERIVED("Utledet av andre opplysninger i LOS' systemer");

    private final String norwegian;

    DataSource(String norwegian) {
        this.norwegian = norwegian;
    }

    public String norwegian() {
        return norwegian;
    }
}
