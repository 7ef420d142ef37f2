package no.los.customer.interaction;

/** Who made contact: the customer (inbound) or LOS (outbound). */
public enum InteractionDirection {
    INBOUND, OUTBOUND
}
