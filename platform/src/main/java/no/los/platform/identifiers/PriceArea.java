package no.los.platform.identifiers;

/** The five Norwegian bidding zones; a metering point belongs to exactly one. */
public enum PriceArea {
    /** Øst (Oslo). */
    NO1,
    /** Sør (Kristiansand). */
    NO2,
    /** Midt (Trondheim). */
    NO3,
    /** Nord (Tromsø). */
    NO4,
    /** Vest (Bergen). */
    NO5
}
