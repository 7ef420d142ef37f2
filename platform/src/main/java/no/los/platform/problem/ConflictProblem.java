package no.los.platform.problem;

/** The request is valid but clashes with the current state. Becomes a 409 problem. */
public class ConflictProblem extends RuntimeException {

    public ConflictProblem(String detail) {
        super(detail);
    }
}
