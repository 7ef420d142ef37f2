package no.los.dsar.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import no.los.platform.problem.InvalidInputException;

/**
 * Where a receiving controller accepts exports: an absolute {@code https} URL, since what travels
 * there is a person's data. No credentials in it (they would be stored and shown in the clear), no
 * fragment.
 */
public record ReceiverUrl(URI uri) {

    /** The longest URL taken: what browsers and servers commonly accept. */
    public static final int MAX_LENGTH = 2000;

    public ReceiverUrl {
        if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("url", "must be an https URL: what is sent there is personal data");
        }
        if (uri.getHost() == null || uri.isOpaque()) {
            throw new InvalidInputException("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("url", "must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not have a fragment");
        }
    }

    public static ReceiverUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("url", "must not be blank");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            return new ReceiverUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "is not a URL");
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
