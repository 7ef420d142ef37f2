package no.los.customer.worklist;

/** Why an agent closed a work item by hand; an item the customer's data resolves closes by itself. */
public enum WorkItemClosure {
    /** The customer was asked and does not want to give what was missing. */
    CUSTOMER_DECLINED,
    /** What the population register raised has been looked into and dealt with. */
    HANDLED
}
