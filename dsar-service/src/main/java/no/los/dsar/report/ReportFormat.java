package no.los.dsar.report;

import java.util.UUID;

/** The formats an access report is downloaded in: the machine-readable report, and the document to read. */
public enum ReportFormat {
    JSON("application/json", "json"),
    HTML("text/html", "html"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name the download is saved under. */
    public String fileName(UUID requestId) {
        return "innsyn-" + requestId + "." + extension;
    }
}
