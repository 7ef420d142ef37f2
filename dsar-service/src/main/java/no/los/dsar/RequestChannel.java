package no.los.dsar;

/** How a request reached LOS. */
public enum RequestChannel {
    MIN_SIDE,
    EMAIL,
    LETTER,
    PHONE
}
