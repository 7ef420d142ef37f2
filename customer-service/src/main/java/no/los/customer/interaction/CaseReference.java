package no.los.customer.interaction;

import no.los.platform.problem.InvalidInputException;

/**
 * The reference of a case in customer service, such as {@code SAK-2026-000123}: letters, digits and
 * hyphens, at most {@value #MAX_LENGTH} characters. It names the case within one customer.
 */
public record CaseReference(String value) {

    public static final String FIELD = "caseReference";
    public static final int MAX_LENGTH = 40;
    public static final String PATTERN = "^[A-Za-z0-9-]{1,40}$";

    public CaseReference {
        if (value == null || !value.matches(PATTERN)) {
            throw new InvalidInputException(FIELD, "must be 1 to " + MAX_LENGTH + " letters, digits and hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
