package no.los.consumption.app;

/** How the home is mainly heated, which drives most of its winter consumption. */
public enum HeatingType {
    HEAT_PUMP,
    ELECTRIC,
    DISTRICT,
    WOOD,
    OTHER
}
