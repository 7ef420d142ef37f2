package no.los.dsar;

/** The rights a data subject can exercise (R16-R21, GDPR Art. 15-21). */
public enum RequestType {
    /** Art. 15: what is stored, why, for whom, for how long (R17). */
    ACCESS,
    /** Art. 16: correct wrong or incomplete data (R18). */
    RECTIFICATION,
    /** Art. 17: erase what no legal duty keeps (R18). */
    ERASURE,
    /** Art. 18: keep, but stop processing. */
    RESTRICTION,
    /** Art. 20: a machine-readable copy, or a transfer (R20). */
    PORTABILITY,
    /** Art. 21: stop legitimate-interest processing; direct marketing always stops (R21). */
    OBJECTION
}
