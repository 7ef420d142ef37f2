package no.los.dsar;

import no.los.platform.problem.InvalidInputException;

/**
 * What an objection request objects to, and the person's grounds: their particular situation, which
 * every scope but direct marketing needs (Art. 21(1)). The grounds are kept with the request, for the
 * privacy officer who decides the objection in consent-service; they never travel on the bus.
 *
 * @param scope   what the person objects to
 * @param grounds the particular situation; {@code null} for direct marketing when none are given
 */
public record Objected(ObjectionScope scope, String grounds) {

    /** The longest statement of the person's situation, as consent-service keeps it. */
    public static final int MAX_GROUNDS = 2000;

    public Objected {
        if (scope == null) {
            throw new InvalidInputException("objection.scope", "is required");
        }
        grounds = grounds == null || grounds.isBlank() ? null : grounds.strip();
        if (grounds == null && !scope.isAbsolute()) {
            throw new InvalidInputException("objection.grounds",
                    "is required for an objection to " + scope + ": the person's particular situation");
        }
        if (grounds != null && grounds.length() > MAX_GROUNDS) {
            throw new InvalidInputException("objection.grounds", "must be at most " + MAX_GROUNDS + " characters");
        }
    }
}
