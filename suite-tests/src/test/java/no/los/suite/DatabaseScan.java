package no.los.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.los.platform.test.TestDatabase;

/**
 * Reads a service's database the way an auditor would: every row of every table, as text, searched
 * for a person's identifier. What it finds is exactly where that identifier is stored.
 */
final class DatabaseScan {

    /** Tables of the event plumbing: they hold the opaque customer id only, for a documented time. */
    static final List<String> EVENT_PLUMBING = List.of("outbox_event", "processed_event", "parked_event");

    private DatabaseScan() {
    }

    /** The tables whose rows contain the value (case-insensitive), with the number of rows. */
    static Map<String, Long> tablesHolding(SuiteService service, String value) {
        Map<String, Long> found = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.url(service.database()), TestDatabase.USER,
                TestDatabase.PASSWORD)) {
            for (String table : tables(db)) {
                try (PreparedStatement query = db.prepareStatement(
                        "select count(*) from \"" + table + "\" r where strpos(lower(r::text), lower(?)) > 0")) {
                    query.setString(1, value);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            found.put(table, result.getLong(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not scan " + service.database(), e);
        }
        return found;
    }

    /** Every table except those the event plumbing and Flyway keep, holding the value. */
    static Map<String, Long> dataTablesHolding(SuiteService service, String value) {
        Map<String, Long> found = tablesHolding(service, value);
        EVENT_PLUMBING.forEach(found::remove);
        return found;
    }

    /** Number of rows per table of a service database, for before-and-after comparisons. */
    static Map<String, Long> rowCounts(SuiteService service) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.url(service.database()), TestDatabase.USER,
                TestDatabase.PASSWORD)) {
            for (String table : tables(db)) {
                try (PreparedStatement query = db.prepareStatement("select count(*) from \"" + table + "\"");
                        ResultSet result = query.executeQuery()) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows in " + service.database(), e);
        }
        return counts;
    }

    /** Tables and partitioned tables; a partitioned table is read with its partitions, which are not listed again. */
    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history'
                order by c.relname""");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }
}
