package no.los.consent;

import java.util.Arrays;
import java.util.stream.Collectors;

import no.los.platform.problem.InvalidInputException;

/** The optional processing purposes of the privacy policy, each needing its own consent. */
public enum Purpose {
    /** The monthly newsletter by e-mail (R10). */
    NEWSLETTER_EMAIL,
    /** Marketing by SMS (R10). */
    MARKETING_SMS,
    /** The visualisation app: consumption, cost, comparison and alerts (R12). */
    VISUALISATION_APP,
    /** Customer surveys (R11). */
    SURVEYS,
    /** Analytics cookies on los.no (R3). */
    ANALYTICS_COOKIES,
    /** Price alerts on products whose terms offer them (R10). */
    PRICE_ALERTS;

    /** How many purposes there are: at most this many consents are current for one person. */
    public static final int COUNT = 6;

    /** Whether this purpose is direct marketing, which a standing objection rules out (Art. 21(3)). */
    public boolean isDirectMarketing() {
        return this == NEWSLETTER_EMAIL || this == MARKETING_SMS;
    }

    public static Purpose parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("purpose", "must be one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
