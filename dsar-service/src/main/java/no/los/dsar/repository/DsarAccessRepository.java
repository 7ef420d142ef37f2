package no.los.dsar.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads what dsar-service holds about one person in the tables of access and portability requests,
 * for the person's own access part. Straight from the tables the migrations define, so the access
 * part follows the schema, not the classes that write it. Staff members' user ids are left out:
 * they are the staff member's data, not the person's.
 */
@ApplicationScoped
public class DsarAccessRepository {

    /** One service's part of an access or portability request. */
    public record PartRow(UUID requestId, String service, String status, OffsetDateTime answeredAt,
            OffsetDateTime collectedAt) {
    }

    /** An access report, without its content. */
    public record ReportRow(UUID requestId, OffsetDateTime generatedAt, OffsetDateTime deleteAfter,
            OffsetDateTime deletedAt) {
    }

    public record ReportDownloadRow(UUID requestId, OffsetDateTime downloadedAt, String format, String role) {
    }

    public record ExportDownloadRow(UUID requestId, OffsetDateTime downloadedAt, String format, String downloadedByRole,
            long sizeBytes, String sha256) {
    }

    public record TransferRow(UUID requestId, OffsetDateTime attemptedAt, String receiverOrganisation,
            String receiverUrl, String format, String fileName, long sizeBytes, String sha256, String requestedByRole,
            String outcome, Integer httpStatus, String failure) {
    }

    @Inject
    EntityManager entityManager;

    public List<PartRow> partsOf(UUID customerId) {
        return rows("""
                select p.request_id, p.service, p.status, p.answered_at, p.collected_at
                from rights_part p join data_subject_request r on r.id = p.request_id
                where r.customer_id = ?1 order by r.received_at, p.request_id, p.service""", customerId,
                row -> new PartRow((UUID) row[0], (String) row[1], (String) row[2], time(row[3]), time(row[4])));
    }

    public List<ReportRow> reportsOf(UUID customerId) {
        return rows("""
                select request_id, generated_at, delete_after, deleted_at
                from access_report where customer_id = ?1 order by generated_at""", customerId,
                row -> new ReportRow((UUID) row[0], time(row[1]), time(row[2]), time(row[3])));
    }

    public List<ReportDownloadRow> reportDownloadsOf(UUID customerId) {
        return rows("""
                select d.request_id, d.downloaded_at, d.format, d.role
                from report_download d join access_report a on a.request_id = d.request_id
                where a.customer_id = ?1 order by d.downloaded_at""", customerId,
                row -> new ReportDownloadRow((UUID) row[0], time(row[1]), (String) row[2], (String) row[3]));
    }

    public List<ExportDownloadRow> exportDownloadsOf(UUID customerId) {
        return rows("""
                select d.request_id, d.downloaded_at, d.export_format, d.downloaded_by_role, d.size_bytes, d.sha256
                from export_download d join data_subject_request r on r.id = d.request_id
                where r.customer_id = ?1 order by d.downloaded_at""", customerId,
                row -> new ExportDownloadRow((UUID) row[0], time(row[1]), (String) row[2], (String) row[3],
                        ((Number) row[4]).longValue(), (String) row[5]));
    }

    public List<TransferRow> transfersOf(UUID customerId) {
        return rows("""
                select t.request_id, t.attempted_at, t.receiver_organisation, t.receiver_url, t.export_format,
                       t.file_name, t.size_bytes, t.sha256, t.requested_by_role, t.outcome, t.http_status, t.failure
                from transfer t join data_subject_request r on r.id = t.request_id
                where r.customer_id = ?1 order by t.attempted_at""", customerId,
                row -> new TransferRow((UUID) row[0], time(row[1]), (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], ((Number) row[6]).longValue(), (String) row[7], (String) row[8],
                        (String) row[9], row[10] == null ? null : ((Number) row[10]).intValue(), (String) row[11]));
    }

    private <T> List<T> rows(String sql, UUID customerId, Function<Object[], T> mapping) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, customerId).getResultList();
        return rows.stream().map(mapping).toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("a timestamp column came back as " + value.getClass().getName());
    }
}
