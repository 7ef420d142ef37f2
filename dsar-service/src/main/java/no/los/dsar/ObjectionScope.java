package no.los.dsar;

/**
 * What an objection request (Art. 21) is against: the scopes consent-service decides objections in.
 * Only an objection to direct marketing is absolute and needs no grounds (R21, G8).
 */
public enum ObjectionScope {
    /** Newsletters, SMS marketing and any other direct marketing: stops at once, always (Art. 21(3)). */
    DIRECT_MARKETING,
    /** Customer surveys sent on legitimate interest (R11). */
    SURVEYS,
    /** Comparison with similar households in the visualisation app (R12). */
    PEER_COMPARISON,
    /** Any other processing that rests on legitimate interest. */
    OTHER_LEGITIMATE_INTEREST;

    /** Whether the objection takes effect without weighing, and so needs no grounds. */
    public boolean isAbsolute() {
        return this == DIRECT_MARKETING;
    }
}
