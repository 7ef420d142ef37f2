package no.los.dsar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * What the service's consumer did with an event, read from its inbox tables: handled (remembered in
 * {@code processed_event}) or parked with its reason ({@code parked_event}). Lets a test wait for the
 * very event it sent, instead of for a while.
 */
public final class ConsumedEvents {

    private final DataSource database;

    public ConsumedEvents(DataSource database) {
        this.database = database;
    }

    /** Whether the event was carried out (or parked as poison, which is remembered too). */
    public boolean handled(String eventId) {
        return single("select count(*) from processed_event where event_id = ?", eventId).map(Long::parseLong)
                .orElse(0L) > 0;
    }

    /** The reason the event was parked for, if it was. */
    public Optional<String> parkedReason(String eventId) {
        return single("select reason from parked_event where event_id = ?", eventId);
    }

    private Optional<String> single(String sql, String eventId) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, eventId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the inbox cannot be read", e);
        }
    }
}
