package no.los.customer.contract;

/** The kinds of supply contract NVE distinguishes. */
public enum ContractType {
    /** Spot: the price area's day-ahead price plus a mark-up per kWh (spotpris). */
    SPOT,
    /** Fixed price per kWh for a period (fastpris). */
    FASTPRIS,
    /** A price LOS may change with 14 days' notice (variabel pris). */
    VARIABEL
}
