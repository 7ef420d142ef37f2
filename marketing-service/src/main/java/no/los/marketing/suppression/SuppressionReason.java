package no.los.marketing.suppression;

/** Why marketing must not reach a customer or an address again. */
public enum SuppressionReason {
    /** The newsletter consent was withdrawn; lifted when the customer consents afresh and subscribes again. */
    CONSENT_WITHDRAWN,
    /** A direct-marketing objection (Art. 21(3)): absolute, never lifted by marketing. */
    DIRECT_MARKETING_OBJECTION
}
