package no.los.platform.problem;

/**
 * A system the call depends on, another service of the suite or an outside system behind a port,
 * could not be reached or did not do its part. Becomes a 503 problem that names the system and what
 * failed, never data; nothing the call would have done is kept.
 */
public class DependencyUnavailable extends RuntimeException {

    /**
     * @param system what could not do its part, e.g. {@code "The notification provider"}
     * @param what   what happened, e.g. {@code "answered 502"}
     */
    public DependencyUnavailable(String system, String what) {
        super(system + " " + what + "; nothing was changed, try again later");
    }
}
