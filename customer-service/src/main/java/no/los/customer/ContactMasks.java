package no.los.customer;

/**
 * Contact details as staff see them where the full value is not needed: enough to tell the person
 * where to look, or which of several customers is on the phone, and no more.
 */
public final class ContactMasks {

    private ContactMasks() {
    }

    /** {@code kari.nordmann@example.no} as {@code k***@example.no}; {@code null} stays {@code null}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** A phone number with all but its last three digits hidden; {@code null} stays {@code null}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 3 ? "***" : "*** ** " + digits.substring(digits.length() - 3);
    }
}
