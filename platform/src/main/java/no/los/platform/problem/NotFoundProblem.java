package no.los.platform.problem;

/** The thing a request names does not exist (or is not the caller's to see). Becomes a 404 problem. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what) {
        super(what + " not found");
    }
}
