package no.los.customer.population;

/** What the population register says of the person at the last check. */
public enum RegisterStatus {
    /** Bosatt: lives in Norway. */
    RESIDENT,
    /** Utflyttet: has moved abroad. */
    EMIGRATED,
    /** Død. */
    DECEASED,
    /** Any other status (ikke bosatt, forsvunnet, opphørt, …): an agent looks at it. */
    OTHER,
    /** The register has no person under the number. */
    NOT_FOUND
}
