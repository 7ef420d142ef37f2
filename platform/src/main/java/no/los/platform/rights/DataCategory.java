package no.los.platform.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One category of personal data a service holds, with everything Art. 15 and Art. 30 ask of it.
 * The name is the kebab-case name that erasure confirmations and access reports use.
 *
 * @param name               e.g. {@code hourly-readings}
 * @param title              what the data subject reads, in Norwegian
 * @param description        what the category holds, in Norwegian
 * @param tables             the tables that hold it
 * @param purposes           why it is processed (R2)
 * @param legalBasis         under which letter of Art. 6(1)
 * @param source             where it comes from
 * @param recipients         who receives it besides the owning service
 * @param retention          how long it is kept, and what enforces that
 * @param safeguards         how it is protected
 * @param accessRoles        the staff and machine roles that may read it
 * @param portable           whether the person provided it or it was observed (Art. 20): part of the export
 * @param automatedDecisions whether decisions with legal or similar effect are made on it automatically (Art. 22)
 */
public record DataCategory(@Schema(maxLength = MAX_NAME, pattern = DataMap.NAME_PATTERN) String name,
        @Schema(maxLength = MAX_TITLE) String title,
        @Schema(maxLength = MAX_DESCRIPTION) String description,
        @Schema(maxItems = MAX_LIST) List<@Size(max = MAX_IDENTIFIER) @Pattern(regexp = "^[a-z_][a-z0-9_]*$") String> tables,
        @Schema(maxItems = MAX_LIST) List<ProcessingPurpose> purposes, LegalBasis legalBasis, DataSource source,
        @Schema(maxItems = MAX_LIST) List<Recipient> recipients,
        Retention retention, @Schema(maxItems = MAX_LIST) List<Safeguard> safeguards,
        @Schema(maxItems = MAX_LIST) List<@Size(max = MAX_IDENTIFIER) @Pattern(regexp = DataMap.NAME_PATTERN) String> accessRoles,
        boolean portable, boolean automatedDecisions) {

    /** The bounds the API document states (OWASP API4); a category beyond them is refused when it is made. */
    public static final int MAX_NAME = 100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_LIST = 50;
    /** A PostgreSQL identifier (a table) or a role name. */
    public static final int MAX_IDENTIFIER = 63;

    public DataCategory {
        if (name == null || !name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a category is a kebab-case name, e.g. hourly-readings");
        }
        requireText(title, "title", MAX_TITLE);
        requireText(description, "description", MAX_DESCRIPTION);
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a category's name is at most " + MAX_NAME + " characters");
        }
        Objects.requireNonNull(legalBasis, name + ": legalBasis");
        Objects.requireNonNull(source, name + ": source");
        Objects.requireNonNull(retention, name + ": retention");
        tables = List.copyOf(tables);
        purposes = List.copyOf(purposes);
        recipients = List.copyOf(recipients);
        safeguards = List.copyOf(safeguards);
        accessRoles = List.copyOf(accessRoles);
        if (tables.isEmpty() || purposes.isEmpty()) {
            throw new IllegalArgumentException(name + ": a category names its tables and purposes");
        }
        for (List<?> list : List.of(tables, purposes, recipients, safeguards, accessRoles)) {
            if (list.size() > MAX_LIST) {
                throw new IllegalArgumentException(name + ": at most " + MAX_LIST + " of each kind");
            }
        }
        requireNames(name, tables, "[a-z_][a-z0-9_]*", "table");
        requireNames(name, accessRoles, "[a-z]+(-[a-z]+)*", "role");
    }

    /** Starts declaring a category. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    private static void requireText(String text, String what, int maxLength) {
        if (text == null || text.isBlank() || text.length() > maxLength) {
            throw new IllegalArgumentException("a category has a " + what + " of at most " + maxLength + " characters");
        }
    }

    private static void requireNames(String category, List<String> names, String pattern, String what) {
        for (String each : names) {
            if (each.length() > MAX_IDENTIFIER || !each.matches(pattern)) {
                throw new IllegalArgumentException(category + ": " + each + " is no " + what + " name");
            }
        }
    }

    /** Reads like the declaration it is; {@link #build()} checks it is complete. */
    public static final class Builder {
        private final String name;
        private String title;
        private String description;
        private final List<String> tables = new ArrayList<>();
        private final List<ProcessingPurpose> purposes = new ArrayList<>();
        private LegalBasis legalBasis;
        private DataSource source;
        private final List<Recipient> recipients = new ArrayList<>();
        private Retention retention;
        private final List<Safeguard> safeguards = new ArrayList<>();
        private final List<String> accessRoles = new ArrayList<>();
        private boolean portable;
        private boolean automatedDecisions;

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder tables(String... tables) {
            this.tables.addAll(List.of(tables));
            return this;
        }

        public Builder purposes(ProcessingPurpose... purposes) {
            this.purposes.addAll(List.of(purposes));
            return this;
        }

        public Builder legalBasis(LegalBasis legalBasis) {
            this.legalBasis = legalBasis;
            return this;
        }

        public Builder source(DataSource source) {
            this.source = source;
            return this;
        }

        public Builder recipients(Recipient... recipients) {
            this.recipients.addAll(List.of(recipients));
            return this;
        }

        public Builder retention(String rule, String enforcedBy) {
            this.retention = new Retention(rule, enforcedBy);
            return this;
        }

        public Builder safeguards(Safeguard... safeguards) {
            this.safeguards.addAll(List.of(safeguards));
            return this;
        }

        public Builder accessRoles(String... roles) {
            this.accessRoles.addAll(List.of(roles));
            return this;
        }

        /** The person provided it or it was observed: it belongs in the portable export (Art. 20). */
        public Builder portable() {
            this.portable = true;
            return this;
        }

        public Builder automatedDecisions() {
            this.automatedDecisions = true;
            return this;
        }

        public DataCategory build() {
            return new DataCategory(name, title, description, tables, purposes, legalBasis, source, recipients,
                    retention, safeguards, accessRoles, portable, automatedDecisions);
        }
    }
}
