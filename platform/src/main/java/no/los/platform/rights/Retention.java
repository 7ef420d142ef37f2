package no.los.platform.rights;

/**
 * How long a category is kept: as the person reads it, and the rule in code that enforces it.
 *
 * @param rule       the rule in words, in Norwegian, as the access report shows it
 * @param enforcedBy what enforces it: the erasure rule or scheduled job, and its setting
 */
public record Retention(String rule, String enforcedBy) {

    public Retention {
        if (rule == null || rule.isBlank() || enforcedBy == null || enforcedBy.isBlank()) {
            throw new IllegalArgumentException("a retention names its rule and what enforces it");
        }
    }
}
