package no.los.customer.worklist;

/** What an agent is asked to follow up about a customer. */
public enum WorkItemKind {
    /**
     * The customer has no e-mail address (R9): LOS seeks one. Opened when a customer is registered
     * without one; closed when an address is filled in, or when the agent records that the customer
     * declined to give one.
     */
    MISSING_EMAIL
}
