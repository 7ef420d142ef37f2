package no.los.consent;

/** Where a consent was given or withdrawn. Withdrawal works in every channel giving does (G1). */
public enum Channel {
    MIN_SIDE,
    APP,
    WEBSITE,
    EMAIL,
    SMS
}
