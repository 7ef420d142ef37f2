package no.los.platform.rights;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How long a category is kept: as the person reads it, and the rule in code that enforces it.
 *
 * @param rule       the rule in words, in Norwegian, as the access report shows it
 * @param enforcedBy what enforces it: the erasure rule or scheduled job, and its setting
 */
public record Retention(@Schema(maxLength = MAX_TEXT) String rule, @Schema(maxLength = MAX_TEXT) String enforcedBy) {

    public static final int MAX_TEXT = 1000;


    public Retention {
        if (rule == null || rule.isBlank() || enforcedBy == null || enforcedBy.isBlank() || rule.length() > MAX_TEXT
                || enforcedBy.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a retention names its rule and what enforces it");
        }
    }
}
