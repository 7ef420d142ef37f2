package no.los.platform.rights;

import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who receives a category (Art. 15(1)(c), 19): another service of the suite, or a processor named in
 * dsar-service's processor register (R15).
 *
 * @param name the service's name (e.g. {@code consumption-service}) or the processor's legal name
 * @param kind which of the two
 * @param why  what the recipient does with it
 */
public record Recipient(@Schema(maxLength = MAX_NAME) String name, Kind kind, @Schema(maxLength = MAX_WHY) String why) {

    public static final int MAX_NAME = 200;
    public static final int MAX_WHY = 1000;


    public enum Kind {
        /** A service of the suite, which learns ids and non-personal attributes from events. */
        INTERNAL_SERVICE,
        /** A processor under a data processing agreement (Art. 28). */
        PROCESSOR
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || why == null || why.isBlank() || name.length() > MAX_NAME
                || why.length() > MAX_WHY) {
            throw new IllegalArgumentException("a recipient has a name and a reason");
        }
    }

    public static Recipient service(String name, String why) {
        return new Recipient(name, Kind.INTERNAL_SERVICE, why);
    }

    public static Recipient processor(String legalName, String why) {
        return new Recipient(legalName, Kind.PROCESSOR, why);
    }
}
