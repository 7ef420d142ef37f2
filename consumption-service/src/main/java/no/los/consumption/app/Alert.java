package no.los.consumption.app;

import java.math.BigDecimal;

import no.los.platform.problem.InvalidInputException;

/** One alert the customer wants from the app: a kind and a positive threshold with at most three decimals. */
public record Alert(AlertKind kind, BigDecimal threshold) {

    public static final BigDecimal HIGHEST_THRESHOLD = new BigDecimal("999999.999");
    /** The most alerts a customer's set holds (at most one per kind is kept). */
    public static final int MAX_SET = 10;

    public Alert {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(HIGHEST_THRESHOLD) > 0) {
            throw new InvalidInputException("threshold", "must be above 0 and at most " + HIGHEST_THRESHOLD);
        }
        if (threshold.stripTrailingZeros().scale() > 3) {
            throw new InvalidInputException("threshold", "has at most three decimals");
        }
    }
}
