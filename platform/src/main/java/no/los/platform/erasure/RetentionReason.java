package no.los.platform.erasure;

/**
 * Why a service keeps a category of personal data after an erasure trigger (Art. 17(3)). Each
 * confirmation names the reason for everything it keeps, so the data subject and the auditor can see it.
 */
public enum RetentionReason {
    /** Bookkeeping Act § 13: primary documentation for invoicing, 5 years after the end of the accounting year. */
    BOOKKEEPING_ACT,
    /** Art. 6(1)(b): a contract is still in force and cannot be served without the data. */
    CONTRACT_IN_FORCE,
    /** Art. 7(1) and 17(3)(e): proof that earlier processing rested on a consent, until claims are time-barred. */
    CONSENT_EVIDENCE,
    /** Art. 21(3): a keyed hash, never the address, so that an objection or withdrawal outlives the erasure. */
    MARKETING_SUPPRESSION,
    /** Art. 5(2) and 12: the record of how a data subject's request was handled. */
    REQUEST_ACCOUNTABILITY,
    /**
     * Art. 5(2) and 32, R8: the access log of who read or changed the data, kept three years from each
     * entry (the limitation period of foreldelsesloven § 2), append-only.
     */
    ACCESS_LOG,
    /**
     * Art. 21(1) and (3): the ids, scope and date of an upheld objection, so that the processing it
     * stopped does not resume after the erasure; as long as the objection stands.
     */
    OBJECTION_IN_FORCE,
    /**
     * Art. 17(3)(e): the record of how a case with the customer was handled, as evidence should a
     * claim or complaint follow, until the period after the case closed runs out (or, while it is
     * open, with no fixed end).
     */
    LEGAL_CLAIMS
}
