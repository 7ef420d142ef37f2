package no.los.dsar.processors;

import java.util.Locale;
import java.util.Set;

import no.los.platform.problem.InvalidInputException;

/**
 * The country where a processor processes LOS' data, as an ISO 3166-1 alpha-2 code. Whether it lies
 * in the EEA decides whether handing data to the processor is a transfer to a third country
 * (GDPR chapter V), which the records of processing must name (Art. 30(1)(e)).
 *
 * @param code e.g. {@code NO}
 */
public record ProcessingCountry(String code) {

    /** The EU member states and the three EEA EFTA states (Iceland, Liechtenstein, Norway). */
    private static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    public static final int LENGTH = 2;
    public static final String PATTERN = "^[A-Z]{2}$";
    /** Longer than any country's name in Norwegian. */
    public static final int MAX_NAME = 100;

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public ProcessingCountry {
        if (code == null || !ISO_CODES.contains(code)) {
            throw new InvalidInputException("processingCountry", "must be an ISO 3166-1 alpha-2 country code, e.g. NO");
        }
    }

    public boolean isInEea() {
        return EEA.contains(code);
    }

    /** The country's name in Norwegian, e.g. {@code Norge}. */
    public String norwegianName() {
        return new Locale("", code).getDisplayCountry(new Locale("nb", "NO"));
    }
}
