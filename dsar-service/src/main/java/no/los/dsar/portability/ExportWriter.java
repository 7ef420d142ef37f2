package no.los.dsar.portability;

import java.io.IOException;
import java.io.OutputStream;

import no.los.dsar.DataSubjectRequest;

/** Writes a person's export in one format, streaming from the services' parts as they arrive. */
interface ExportWriter {

    /** Writes the whole export of the request; the caller closes the output. */
    void write(DataSubjectRequest request, OutputStream output) throws IOException;
}
