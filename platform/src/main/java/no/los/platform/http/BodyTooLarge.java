package no.los.platform.http;

/** A request body beyond what its operation takes; answered with 413. */
public class BodyTooLarge extends RuntimeException {

    public BodyTooLarge(long limitBytes) {
        super("The request body exceeds the " + limitBytes / 1024 + " KiB this operation takes", null, false, false);
    }
}
