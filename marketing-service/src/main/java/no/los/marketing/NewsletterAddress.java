package no.los.marketing;

import java.util.Locale;

import no.los.platform.problem.InvalidInputException;

/**
 * An e-mail address the newsletter goes to, as the customer wrote it (trimmed). Two spellings that
 * differ only in letter case are one address: bounce reports and the suppression list compare the
 * normalised form. Its {@code toString} never shows the address, so it cannot slip into a log.
 */
public record NewsletterAddress(String value) {

    public NewsletterAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "must not be blank");
        }
        value = value.trim();
    }

    /** Trimmed and lower-case: the form that is compared and hashed. */
    public String normalised() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "NewsletterAddress[***]";
    }
}
