package no.los.dsar.report;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One download of an access report: who fetched the person's data (the token's subject and the role
 * it used), in which format, and when. Kept after the report itself is deleted, as the record of
 * who received the data (Art. 5(2)).
 */
@Entity
@Table(name = "report_download")
public class ReportDownload {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "downloaded_by", nullable = false)
    private String downloadedBy;

    @Column(name = "role", nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private ReportFormat format;

    @Column(name = "downloaded_at", nullable = false)
    private OffsetDateTime downloadedAt;

    protected ReportDownload() {
    }

    static ReportDownload of(UUID requestId, Downloader downloader, ReportFormat format, OffsetDateTime at) {
        ReportDownload download = new ReportDownload();
        download.id = UUID.randomUUID();
        download.requestId = requestId;
        download.downloadedBy = downloader.subject();
        download.role = downloader.role();
        download.format = format;
        download.downloadedAt = at;
        return download;
    }

    public UUID requestId() {
        return requestId;
    }

    public String downloadedBy() {
        return downloadedBy;
    }

    public String role() {
        return role;
    }

    public ReportFormat format() {
        return format;
    }

    public OffsetDateTime downloadedAt() {
        return downloadedAt;
    }
}
