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

    /** The range of HTTP status codes (RFC 9110, section 15). */
    public static final int MIN_STATUS = 100;
    public static final int MAX_STATUS = 599;
    /** The longest failure stored: an exception's simple class name is cut to it. */
    public static final int MAX_FAILURE = 200;

    static Delivery answered(int status) {
        if (status < MIN_STATUS || status > MAX_STATUS) {
            return new Delivery(false, null, "answered no HTTP status");
        }
        boolean accepted = status >= 200 && status < 300;
        return new Delivery(accepted, status, accepted ? null : "answered " + status);
    }

    static Delivery notReached(Exception cause) {
        String kind = cause.getClass().getSimpleName();
        return new Delivery(false, null, kind.length() > MAX_FAILURE ? kind.substring(0, MAX_FAILURE) : kind);
    }
}
