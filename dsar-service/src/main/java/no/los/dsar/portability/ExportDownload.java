package no.los.dsar.portability;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One download of a portability export: which request, who, which format, when, and the size and
 * SHA-256 of what was handed out. Written once, when the export is handed out; the export itself is
 * never kept (Art. 5(2): the record shows how the request was answered).
 */
@Entity
@Table(name = "export_download")
public class ExportDownload {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "export_format", nullable = false)
    private ExportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "downloaded_by_role", nullable = false)
    private Requester.Role downloadedByRole;

    @Column(name = "downloaded_by", nullable = false)
    private String downloadedBy;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "downloaded_at", nullable = false)
    private OffsetDateTime downloadedAt;

    protected ExportDownload() {
    }

    static ExportDownload of(SpooledExport export, Requester requester, OffsetDateTime at) {
        ExportDownload download = new ExportDownload();
        download.id = UUID.randomUUID();
        download.requestId = export.requestId();
        download.format = export.format();
        download.downloadedByRole = requester.role();
        download.downloadedBy = requester.subject();
        download.size = export.size();
        download.sha256 = export.sha256();
        download.downloadedAt = at;
        return download;
    }

    public UUID requestId() {
        return requestId;
    }

    public ExportFormat format() {
        return format;
    }

    public Requester.Role downloadedByRole() {
        return downloadedByRole;
    }

    public String downloadedBy() {
        return downloadedBy;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public OffsetDateTime downloadedAt() {
        return downloadedAt;
    }
}
