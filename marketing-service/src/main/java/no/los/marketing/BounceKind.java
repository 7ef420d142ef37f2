package no.los.marketing;

/**
 * What the e-mail service provider reports. Both kinds delete the address at once: a soft bounce is
 * reported only after the provider's own retries ran out, and an address nobody reads serves no
 * purpose; the customer can enter a working one on Min side while the consent stands.
 */
public enum BounceKind {
    /** The address does not exist or refuses mail for good. */
    HARD,
    /** Delivery failed for now (a full mailbox, a server down) after the provider's retries. */
    SOFT
}
