package no.los.platform.erasure;

/** What made a service delete personal data. Every confirmation names one. */
public enum ErasureTrigger {
    /** A consent was withdrawn: data kept only for that purpose goes (R16, Art. 7(3)). */
    CONSENT_WITHDRAWN,
    /** An objection took effect; a direct-marketing objection is absolute (R21, Art. 21(3)). */
    OBJECTION_REGISTERED,
    /** The customer's last contract ended: each service applies its rule for former customers (R10, R12). */
    RELATIONSHIP_ENDED,
    /** A data subject asked for erasure (R18, Art. 17). */
    ERASURE_REQUESTED,
    /** The e-mail service provider reported that a newsletter address bounced (R10). */
    ADDRESS_BOUNCED,
    /** A retention period ran out and a scheduled job deleted what it had kept (G5). */
    RETENTION_EXPIRED
}
