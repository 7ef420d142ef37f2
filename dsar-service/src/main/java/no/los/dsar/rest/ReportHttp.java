package no.los.dsar.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.los.dsar.report.ReportDownloads.ReportDocument;
import no.los.dsar.report.ReportFormat;

/**
 * The HTTP side of a report or letter download, the same for the person and for staff: the format from the
 * {@code Accept} header (the first acceptable of JSON, HTML and PDF in the caller's order of
 * preference; JSON when anything goes), and a response that is saved as a file and never cached.
 */
final class ReportHttp {

    /** The caller accepts none of the formats the report is offered in. */
    static final class FormatNotOffered extends RuntimeException {
        FormatNotOffered() {
            super("The access report and the letters are offered as application/json, text/html or application/pdf");
        }
    }

    private ReportHttp() {
    }

    /** @param acceptable the media types the caller accepts, the preferred first (JAX-RS sorts them by quality) */
    static ReportFormat formatFor(List<MediaType> acceptable) {
        for (MediaType wanted : acceptable) {
            if ("0".equals(wanted.getParameters().get("q"))) {
                continue;
            }
            for (ReportFormat format : ReportFormat.values()) {
                if (wanted.isCompatible(MediaType.valueOf(format.mediaType()))) {
                    return format;
                }
            }
        }
        throw new FormatNotOffered();
    }

    /** The document as a download: a file of its format, which no cache on the way may keep. */
    static Response download(ReportDocument document) {
        String type = document.format() == ReportFormat.HTML ? "text/html; charset=UTF-8"
                : document.format().mediaType();
        return Response.ok(document.content(), type)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
