package no.los.dsar.report;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * An assembled access report as stored (written by {@code AccessReportRepository#storeAssembled}). Life cycle: generated once, when every service's part is in;
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

    // json, not jsonb: the report is kept as it was written, its fields in order. It is written once,
    // by AccessReportRepository#storeAssembled; here it is only read, and set to null when deleted.
    @Column(name = "report", columnDefinition = "json", insertable = false)
    private String report;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected StoredAccessReport() {
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
