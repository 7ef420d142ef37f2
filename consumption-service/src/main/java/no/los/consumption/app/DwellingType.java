package no.los.consumption.app;

/** The kind of home, as the customer describes it to the app. */
public enum DwellingType {
    HOUSE,
    APARTMENT,
    TERRACED,
    CABIN
}
