package no.los.platform.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.restassured.path.json.JsonPath;

/**
 * What a service's data map promises the auditor, checked against the live schema: every table is
 * in a category of personal data or declared to hold none, and no category names a table that does
 * not exist. A migration that adds a table without mapping it fails this check.
 */
public final class DataMapContract {

    private DataMapContract() {
    }

    /**
     * @param dataMap the JSON of {@code GET /data-map}
     * @param database the service's own database
     */
    public static void assertCoversTheSchema(JsonPath dataMap, DataSource database) {
        Set<String> schema = tablesOf(database);
        Set<String> mapped = new TreeSet<>();
        dataMap.getList("categories.tables", List.class).forEach(tables -> tables.forEach(t -> mapped.add((String) t)));
        dataMap.getList("tablesWithoutPersonalData.table", String.class).forEach(mapped::add);
        Set<String> unmapped = new TreeSet<>(schema);
        unmapped.removeAll(mapped);
        assertEquals(Set.of(), unmapped, "tables in no category of the data map, nor declared without personal data");
        Set<String> stale = new TreeSet<>(dataMap.getList("categories.tables", List.class).stream()
                .flatMap(tables -> tables.stream()).map(Object::toString).toList());
        stale.removeAll(schema);
        assertEquals(Set.of(), stale, "categories naming tables the schema does not have");
        assertTrue(dataMap.getList("categories").size() > 0, "the service declares its categories");
    }

    /**
     * A service's own category names, followed by the platform's {@code processing-restriction} and
     * {@code access-log}, which every data map, access part and answer carries.
     */
    public static List<String> withPlatformCategories(List<String> ownCategories) {
        List<String> all = new ArrayList<>(ownCategories);
        all.add("processing-restriction");
        all.add("upheld-objections");
        all.add("access-log");
        return all;
    }

    /**
     * A service's own category names, followed by the platform's {@code known-customer} (in a service
     * that keeps the register of known customers), {@code processing-restriction} and {@code access-log}.
     */
    public static List<String> withKnownCustomerAndPlatformCategories(List<String> ownCategories) {
        List<String> all = new ArrayList<>(ownCategories);
        all.add("known-customer");
        all.add("processing-restriction");
        all.add("upheld-objections");
        all.add("access-log");
        return all;
    }

    private static Set<String> tablesOf(DataSource database) {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                // Tables and partitioned tables; a partition belongs to its parent's category.
                ResultSet rows = statement.executeQuery("select c.relname from pg_class c "
                        + "join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema cannot be read", e);
        }
        return tables;
    }
}
