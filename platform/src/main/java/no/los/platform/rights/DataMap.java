package no.los.platform.rights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What personal data one service holds: its categories, and the tables it holds that are no
 * personal data, each with the reason. Declared in code by the service, served at {@code /data-map},
 * announced to dsar-service, and the source of the records of processing (Art. 30).
 *
 * @param service            the service's name, e.g. {@code consumption-service}
 * @param categories         the categories of personal data
 * @param tablesWithoutPersonalData tables of the service's schema that hold no personal data, with the reason
 */
public record DataMap(@Schema(maxLength = MAX_SERVICE, pattern = NAME_PATTERN) String service,
        @Schema(maxItems = DataCategory.MAX_LIST) List<DataCategory> categories,
        @Schema(maxItems = DataCategory.MAX_LIST) List<TableWithoutPersonalData> tablesWithoutPersonalData) {

    /** A service's name, as quarkus.application.name gives it. */
    public static final int MAX_SERVICE = 63;
    /** A service's or a category's name: kebab-case. */
    public static final String NAME_PATTERN = "^[a-z]+(-[a-z]+)*$";
    /** The longest reason a table holds no personal data. */
    public static final int MAX_REASON = 500;


    /**
     * The platform's event plumbing: outbox, inbox and parked events carry pseudonymous customer ids
     * and non-personal attributes only, and are forgotten after their retention (see the platform README).
     */
    public static final List<TableWithoutPersonalData> EVENT_PLUMBING = List.of(
            new TableWithoutPersonalData("outbox_event", "event plumbing: pseudonymous ids and non-personal attributes only"),
            new TableWithoutPersonalData("processed_event", "event plumbing: ids of handled events"),
            new TableWithoutPersonalData("parked_event", "event plumbing: pseudonymous ids and non-personal attributes only"),
            new TableWithoutPersonalData("data_map_announcement", "the digest of the data map last announced"),
            new TableWithoutPersonalData("flyway_schema_history", "schema migrations"));

    /** A table that is no personal data, and why. */
    public record TableWithoutPersonalData(
            @Schema(maxLength = DataCategory.MAX_IDENTIFIER, pattern = "^[a-z_][a-z0-9_]*$") String table,
            @Schema(maxLength = MAX_REASON) String reason) {
        public TableWithoutPersonalData {
            if (table == null || !table.matches("[a-z_][a-z0-9_]*") || table.length() > DataCategory.MAX_IDENTIFIER
                    || reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
                throw new IllegalArgumentException("a table without personal data is named, with the reason");
            }
        }
    }

    public DataMap {
        if (service == null || service.length() > MAX_SERVICE || !service.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a data map names its service");
        }
        categories = List.copyOf(categories);
        tablesWithoutPersonalData = List.copyOf(tablesWithoutPersonalData);
        if (categories.size() > DataCategory.MAX_LIST || tablesWithoutPersonalData.size() > DataCategory.MAX_LIST) {
            throw new IllegalArgumentException(service + ": at most " + DataCategory.MAX_LIST + " categories and tables");
        }
        Set<String> names = new HashSet<>();
        for (DataCategory category : categories) {
            if (!names.add(category.name())) {
                throw new IllegalArgumentException(service + " declares category " + category.name() + " twice");
            }
        }
    }

    /** A data map whose only tables without personal data are the platform's plumbing and these. */
    public static DataMap of(String service, List<DataCategory> categories, TableWithoutPersonalData... ownTables) {
        List<TableWithoutPersonalData> tables = new ArrayList<>(EVENT_PLUMBING);
        tables.addAll(List.of(ownTables));
        return new DataMap(service, categories, tables);
    }

    /** This map with one more category (the platform's own, such as the access log). */
    public DataMap plus(DataCategory category) {
        List<DataCategory> all = new ArrayList<>(categories);
        all.add(category);
        return new DataMap(service, all, tablesWithoutPersonalData);
    }

    public Optional<DataCategory> category(String name) {
        return categories.stream().filter(category -> category.name().equals(name)).findFirst();
    }

    /** Every table the map accounts for: in a category, or declared to hold no personal data. */
    public Set<String> accountedTables() {
        Set<String> tables = new HashSet<>();
        categories.forEach(category -> tables.addAll(category.tables()));
        tablesWithoutPersonalData.forEach(table -> tables.add(table.table()));
        return tables;
    }
}
