package no.los.dsar.report;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An assembled access report as stored. Life cycle: generated once, when every service's part is in;
 * downloadable until {@code deleteAfter}; then the report is deleted and the row stays without it, so
 * a late download is told that the report is gone, not that it never was.
 */
@Entity
@Table(name = "access_report")
public class StoredAccessReport {

    @Id
    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "generated_at", nullable = false)
    private OffsetDateTime generatedAt;

    @Column(name = "delete_after", nullable = false)
    private OffsetDateTime deleteAfter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "report")
    private String report;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected StoredAccessReport() {
    }

    static StoredAccessReport of(AccessReport report, String reportJson) {
        StoredAccessReport stored = new StoredAccessReport();
        stored.requestId = report.requestId();
        stored.customerId = report.customerId();
        stored.generatedAt = report.generatedAt();
        stored.deleteAfter = report.availableUntil();
        stored.report = reportJson;
        return stored;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID customerId() {
        return customerId;
    }

    public OffsetDateTime generatedAt() {
        return generatedAt;
    }

    public OffsetDateTime deleteAfter() {
        return deleteAfter;
    }

    /** The report as JSON, until it is deleted. */
    public Optional<String> report() {
        return Optional.ofNullable(report);
    }

    /** When the report was deleted; empty while it can be downloaded. */
    public Optional<OffsetDateTime> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }
}
