package no.los.platform.identifiers;

import no.los.platform.problem.InvalidInputException;

/**
 * A metering point ID (målepunkt-ID): an 18-digit GS1 GSRN. It follows the installation, never the
 * meter, and encodes nothing. Norwegian ones start with {@code 7070575000}; the last digit is the GS1
 * mod-10 check digit over the 17 before it, weighted 3, 1, 3, … from the right.
 * <p>
 * Shared by every service because services name metering points to each other by this id (the
 * design's shared identifiers), so all of them refuse the same malformed ids.
 */
public record MeteringPointId(String value) {

    public static final String FIELD = "meteringPointId";
    /** Every id has this many digits; for schemas that name one. */
    public static final int LENGTH = 18;
    /** What every id looks like (before its prefix and check digit are checked); for schemas. */
    public static final String PATTERN = "^[0-9]{18}$";
    private static final String NORWEGIAN_PREFIX = "7070575000";

    public MeteringPointId {
        if (value == null || !value.matches("\\d{18}")) {
            throw new InvalidInputException(FIELD, "must be 18 digits");
        }
        if (!value.startsWith(NORWEGIAN_PREFIX)) {
            throw new InvalidInputException(FIELD, "must be a Norwegian metering point (prefix " + NORWEGIAN_PREFIX + ")");
        }
        if (checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
            throw new InvalidInputException(FIELD, "check digit does not match");
        }
    }

    public static int checkDigit(String dataDigits) {
        int sum = 0;
        for (int i = 0; i < dataDigits.length(); i++) {
            int fromRight = dataDigits.length() - 1 - i;
            int weight = fromRight % 2 == 0 ? 3 : 1;
            sum += weight * (dataDigits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
