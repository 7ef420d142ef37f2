package no.los.dsar.rights;

/**
 * A service's access part as fetched: its JSON as the service sent it, and the categories it declares
 * as used for automated decisions, from its {@link PartOutline}.
 *
 * @param utf8Json           the part, UTF-8 JSON as it came
 * @param automatedDecisions the categories, as {@code service/category}, as a JSON array
 */
public record FetchedPart(byte[] utf8Json, String automatedDecisions) {
}
