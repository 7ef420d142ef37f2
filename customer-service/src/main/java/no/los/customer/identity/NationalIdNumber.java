package no.los.customer.identity;

import no.los.platform.problem.InvalidInputException;

/**
 * A Norwegian fødselsnummer or D-nummer: eleven digits, {@code DDMMYY} + individual number + two
 * control digits. Valid at construction or not constructed at all.
 * <p>
 * Accepted: ordinary numbers, D-numbers (day + 40), and synthetic test numbers (month + 80).
 * Refused: H-numbers (month + 40), which belong to the health sector. From 2032 the first control
 * digit may leave a remainder of 0, 1, 2 or 3 (Skatteetaten); both generations are accepted side by
 * side. Birth date and gender are never derived from the number: from 2032 it does not carry them.
 * <p>
 * {@link #toString()} is masked, so the number cannot leak into a log line by accident.
 */
public final class NationalIdNumber {

    public static final String FIELD = "nationalIdNumber";
    /** The longest input read as a number: 11 digits, perhaps grouped by spaces. */
    public static final int MAX_INPUT = 20;
    /** As {@link #masked()} shows it. */
    public static final int LENGTH = 11;

    private static final int[] FIRST_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static final int[] SECOND_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    private final String digits;

    private NationalIdNumber(String digits) {
        this.digits = digits;
    }

    public static NationalIdNumber parse(String input) {
        if (input == null) {
            throw new InvalidInputException(FIELD, "is required");
        }
        String digits = input.replace(" ", "");
        if (!digits.matches("\\d{11}")) {
            throw new InvalidInputException(FIELD, "must be 11 digits");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        if (month > 40 && month <= 52) {
            throw new InvalidInputException(FIELD, "H-numbers are not accepted for customers");
        }
        int realMonth = month > 80 ? month - 80 : month;
        int realDay = day > 40 ? day - 40 : day;
        if (realMonth < 1 || realMonth > 12 || realDay < 1 || realDay > 31) {
            throw new InvalidInputException(FIELD, "does not start with a valid date");
        }
        if (!firstControlDigitMatches(digits)) {
            throw new InvalidInputException(FIELD, "first control digit does not match");
        }
        if (!secondControlDigitMatches(digits)) {
            throw new InvalidInputException(FIELD, "second control digit does not match");
        }
        return new NationalIdNumber(digits);
    }

    /** Remainder 0 is the rule until 2031; 1, 2 and 3 are also possible from 2032. */
    private static boolean firstControlDigitMatches(String digits) {
        int remainder = (weightedSum(digits, FIRST_WEIGHTS) + digit(digits, 9)) % 11;
        return remainder <= 3;
    }

    private static boolean secondControlDigitMatches(String digits) {
        return (weightedSum(digits, SECOND_WEIGHTS) + digit(digits, 10)) % 11 == 0;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** The full number. Only for encryption and keyed hashing; never log or return it. */
    public String digits() {
        return digits;
    }

    public boolean isDNumber() {
        return digits.charAt(0) >= '4';
    }

    /** Synthetic numbers (Skatteetaten's test population) carry month + 80. */
    public boolean isSynthetic() {
        return Integer.parseInt(digits.substring(2, 4)) > 80;
    }

    /** The form shown to roles that need to recognise, not read, the number: only the last two digits. */
    public String masked() {
        return "*********" + digits.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalIdNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
