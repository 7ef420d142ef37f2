package no.los.dsar.processors;

import no.los.platform.problem.InvalidInputException;

/**
 * A Norwegian organisasjonsnummer from Enhetsregisteret: nine digits, the last a modulus-11 control
 * digit over the first eight (weights 3, 2, 7, 6, 5, 4, 3, 2). A processor registered abroad has none.
 *
 * @param digits the nine digits, without spaces
 */
public record OrganisationNumber(String digits) {

    public static final int LENGTH = 9;
    public static final String PATTERN = "^[0-9]{9}$";

    private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

    public OrganisationNumber {
        if (digits == null || !digits.matches("[0-9]{9}")) {
            throw new InvalidInputException("organisationNumber", "must be nine digits");
        }
        if (controlDigit(digits) != digits.charAt(8) - '0') {
            throw new InvalidInputException("organisationNumber", "has a control digit that does not match");
        }
    }

    /** The control digit the first eight digits call for; -1 when no digit can (remainder 1). */
    static int controlDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        int control = 11 - sum % 11;
        if (control == 11) {
            return 0;
        }
        return control == 10 ? -1 : control;
    }
}
