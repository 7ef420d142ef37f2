package no.los.dsar.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import no.los.dsar.portability.SpooledExport;

/**
 * A built export as the download's response: streamed from its file, with its name, its length and
 * its SHA-256 ({@code Repr-Digest}, RFC 9530) so the person can check what they received. The file
 * leaves the spool directory as the response is made; the stream is closed once it has been sent.
 */
final class ExportResponse {

    private ExportResponse() {
    }

    static Response of(SpooledExport export) {
        InputStream bytes;
        try {
            bytes = export.handOut();
        } catch (IOException e) {
            export.close();
            throw new UncheckedIOException(e);
        }
        StreamingOutput body = output -> {
            try (bytes) {
                bytes.transferTo(output);
            }
        };
        return Response.ok(body, export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, export.size())
                .header("Repr-Digest", export.reprDigest())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
