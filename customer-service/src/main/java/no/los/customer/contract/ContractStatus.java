package no.los.customer.contract;

/** Where a contract stands on a given day. */
public enum ContractStatus {
    /** Open: no end date yet. */
    ACTIVE,
    /** Terminated, but supply continues until its end date. */
    TERMINATED,
    /** Its end date has come: supply has ended. */
    ENDED,
    /** Cancelled before its first day: it never supplied. */
    CANCELLED
}
