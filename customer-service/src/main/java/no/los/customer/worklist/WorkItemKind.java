package no.los.customer.worklist;

/** What an agent is asked to follow up about a customer. */
public enum WorkItemKind {
    /**
     * The customer has no e-mail address (R9): LOS seeks one. Opened when a customer is registered
     * without one; closed when an address is filled in, or when the agent records that the customer
     * declined to give one.
     */
    MISSING_EMAIL,
    /**
     * The record differs from the population register (R6): the detail names what (NAME, ADDRESS),
     * never a value. The register never overwrites the record; the agent checks with the customer.
     * A later check that finds no difference closes it.
     */
    REGISTER_MISMATCH,
    /** The population register says the customer has died: the agent handles the estate's affairs. */
    DECEASED,
    /** The population register says the customer has moved abroad. */
    EMIGRATED,
    /**
     * The population register has no such person (detail NOT_FOUND), or gives a status other than
     * resident, emigrated or deceased (detail OTHER_STATUS).
     */
    NOT_IN_REGISTER
}
