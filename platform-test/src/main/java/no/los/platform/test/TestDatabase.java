package no.los.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases on the real PostgreSQL server (127.0.0.1:5432 unless {@code LOS_TEST_PG_HOST} /
 * {@code LOS_TEST_PG_PORT} say otherwise), recreated for every test run so no run sees another's rows.
 */
public final class TestDatabase {

    private static final String HOST = System.getenv().getOrDefault("LOS_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("LOS_TEST_PG_PORT", "5432");
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private TestDatabase() {
    }

    /** Drops the database if a previous run left it, creates it empty, and returns its JDBC URL. */
    public static String recreate(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database names are lower case letters and underscores");
        }
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is needed for the tests", e);
        }
        return url(name);
    }

    /** Runs a query that answers one number (a count) against a test database, as an auditor would. */
    public static long number(String database, String sql, Object... parameters) {
        return single(database, sql, parameters, result -> result.getLong(1));
    }

    /** Runs a query that answers one text (or null) against a test database, as an auditor would. */
    public static String text(String database, String sql, Object... parameters) {
        return single(database, sql, parameters, result -> result.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }

    private static <T> T single(String database, String sql, Object[] parameters, Column<T> column) {
        try (Connection db = DriverManager.getConnection(url(database), USER, PASSWORD);
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("the query against " + database + " answered no row");
                }
                return column.read(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query against " + database + " failed", e);
        }
    }

    public static String url(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }
}
