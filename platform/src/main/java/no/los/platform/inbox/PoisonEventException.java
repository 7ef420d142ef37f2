package no.los.platform.inbox;

/**
 * An event that can never be carried out, however often it is tried: unreadable, or against the
 * contract of its type. It is parked at once. The message names what is wrong, never personal data.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
