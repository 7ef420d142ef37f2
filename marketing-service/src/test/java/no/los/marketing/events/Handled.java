package no.los.marketing.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import no.los.platform.test.TestDatabase;

/** Reads the idempotent consumer's own records from the service database. */
final class Handled {

    private Handled() {
    }

    /** How many events about this customer the consumer has recorded as carried out. */
    static int count(Object customer) {
        return count("select count(*) from processed_event where event_subject = ?", customer.toString());
    }

    /** How many events the consumer recorded with this id (whatever their source). */
    static int withId(String eventId) {
        return count("select count(*) from processed_event where event_id = ?", eventId);
    }

    /** How many records with this key were parked for exactly this reason. */
    static int parkedFor(Object key, String reason) {
        return count("select count(*) from parked_event where record_key || '|' || reason = ?", key + "|" + reason);
    }

    private static int count(String sql, String parameter) {
        try (Connection db = DriverManager.getConnection(TestDatabase.url("marketing_test"), TestDatabase.USER,
                TestDatabase.PASSWORD);
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
