package no.los.dsar.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Plants what access-report downloads, exports and direct transfers leave behind, straight into
 * dsar-service's tables: the rows those flows write, without running them (their own tests do).
 */
final class PlantedRecords {

    private final DataSource database;

    PlantedRecords(DataSource database) {
        this.database = database;
    }

    /** An assembled access report of the request, and one download of it. */
    void reportDownloaded(UUID requestId, UUID customerId, String format, String role, String downloadedBy) {
        OffsetDateTime now = OffsetDateTime.now();
        execute("""
                insert into access_report (request_id, customer_id, generated_at, delete_after, report)
                values (?, ?, ?, ?, cast('{}' as jsonb))""", requestId, customerId, now, now.plusDays(30));
        execute("""
                insert into report_download (id, request_id, downloaded_by, role, format, downloaded_at)
                values (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), requestId, downloadedBy, role, format, now);
    }

    void exportDownloaded(UUID requestId, String format, String sha256, String downloadedBy) {
        execute("""
                insert into export_download (id, request_id, export_format, downloaded_by_role, downloaded_by,
                                             size_bytes, sha256, downloaded_at)
                values (?, ?, ?, 'DATA_SUBJECT', ?, 4711, ?, ?)""", UUID.randomUUID(), requestId, format, downloadedBy,
                sha256, OffsetDateTime.now());
    }

    void transferred(UUID requestId, String receiver, String sha256, String requestedBy) {
        UUID endpoint = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        execute("""
                insert into transfer_endpoint (id, organisation_name, url, active, created_at, updated_at)
                values (?, ?, ?, true, ?, ?)""", endpoint, receiver, "https://mottak.example.no/portabilitet", now, now);
        execute("""
                insert into transfer (id, request_id, endpoint_id, receiver_organisation, receiver_url, export_format,
                                      file_name, size_bytes, sha256, requested_by_role, requested_by, outcome,
                                      http_status, failure, attempted_at)
                values (?, ?, ?, ?, 'https://mottak.example.no/portabilitet', 'JSON', 'los-eksport.json', 2048, ?,
                        'DATA_SUBJECT', ?, 'DELIVERED', 202, null, ?)""",
                UUID.randomUUID(), requestId, endpoint, receiver, sha256, requestedBy, now);
    }

    private void execute(String sql, Object... values) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
