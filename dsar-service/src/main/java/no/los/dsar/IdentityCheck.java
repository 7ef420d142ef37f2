package no.los.dsar;

/** How the person's identity was established for a request (Art. 12(6)). */
public enum IdentityCheck {
    /** The person asked on Min side, signed in: the login verified them. */
    LOGIN,
    /** Staff checked it by hand and wrote down how (for example the registered address a letter came from). */
    MANUAL_CHECK,
    /**
     * A one-time code went to the e-mail address or phone registered in customer-service, and the
     * person gave it back to staff within its validity.
     */
    ONE_TIME_CODE
}
