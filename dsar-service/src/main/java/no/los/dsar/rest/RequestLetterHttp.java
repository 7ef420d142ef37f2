package no.los.dsar.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.los.dsar.report.ReportDownloads.ReportDocument;
import no.los.dsar.report.ReportFormat;
import no.los.dsar.report.RequestLetterDocument;
import no.los.dsar.service.RequestAnswers.Letter;

/** A letter as the caller asks for it: its view as JSON, or its document as HTML or PDF, saved as a file. */
final class RequestLetterHttp {

    private RequestLetterHttp() {
    }

    static Response of(Letter found, List<MediaType> acceptable) {
        ReportFormat format = ReportHttp.formatFor(acceptable);
        return switch (format) {
            case JSON -> Response.ok(LetterView.of(found.letter()), MediaType.APPLICATION_JSON).build();
            case HTML -> ReportHttp.download(new ReportDocument(format,
                    RequestLetterDocument.fileName(found.letter(), format),
                    RequestLetterDocument.htmlBytes(found.request(), found.letter())));
            case PDF -> ReportHttp.download(new ReportDocument(format,
                    RequestLetterDocument.fileName(found.letter(), format),
                    RequestLetterDocument.pdf(found.request(), found.letter())));
        };
    }
}
