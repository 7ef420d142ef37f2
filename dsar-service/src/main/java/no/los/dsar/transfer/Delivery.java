package no.los.dsar.transfer;

/**
 * How a receiver took an export: accepted (2xx), refused (any other status, redirects included:
 * an export is never sent on to a URL that is not on the allow-list), or not reached at all.
 *
 * @param delivered  whether the receiver accepted it
 * @param httpStatus the status it answered; {@code null} when it could not be reached
 * @param failure    why it failed, by status or exception class; {@code null} when delivered
 */
public record Delivery(boolean delivered, Integer httpStatus, String failure) {

    static Delivery answered(int status) {
        boolean accepted = status >= 200 && status < 300;
        return new Delivery(accepted, status, accepted ? null : "answered " + status);
    }

    static Delivery notReached(Exception cause) {
        return new Delivery(false, null, cause.getClass().getSimpleName());
    }
}
