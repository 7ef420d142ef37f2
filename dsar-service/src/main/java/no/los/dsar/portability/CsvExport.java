package no.los.dsar.portability;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.dsar.DataSubjectRequest;

/**
 * The CSV export: a ZIP holding one UTF-8 CSV file per category, {@code <service>/<category>.csv},
 * its header row the fields of the category's records (the rights contract gives every record of a
 * category the same fields in the same order). A category without records has no file: there is
 * no row to name its columns; the JSON export lists it as an empty array.
 */
@ApplicationScoped
class CsvExport implements ExportWriter {

    @Inject
    PortableParts parts;

    @Override
    public void write(DataSubjectRequest request, OutputStream output) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(output) {
            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes the output
            }
        }, StandardCharsets.UTF_8);
        try (zip) {
            for (String service : parts.services()) {
                CategoryFiles files = new CategoryFiles(zip, service);
                parts.read(service, request.customerId(), files);
                files.closeCurrent();
            }
        }
    }

    /** A service's categories, each a file of the ZIP, opened at its first record. */
    private static final class CategoryFiles implements PortableSink {
        private final ZipOutputStream zip;
        private final String service;
        private String category;
        private List<String> header;

        CategoryFiles(ZipOutputStream zip, String service) {
            this.zip = zip;
            this.service = service;
        }

        @Override
        public void category(String name) {
            try {
                closeCurrent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            category = name;
        }

        @Override
        public void record(ObjectNode record) {
            List<String> fields = new ArrayList<>();
            record.fieldNames().forEachRemaining(fields::add);
            try {
                if (header == null) {
                    header = fields;
                    zip.putNextEntry(new ZipEntry(service + "/" + category + ".csv"));
                    write(CsvRow.line(header));
                } else if (!header.equals(fields)) {
                    throw new PortablePartUnavailable(service, "sent records of " + category
                            + " with different fields, which a CSV file cannot hold");
                }
                write(CsvRow.line(header.stream().map(field -> CsvRow.text(record.get(field))).toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void closeCurrent() throws IOException {
            if (header != null) {
                zip.closeEntry();
            }
            header = null;
        }

        private void write(String line) throws IOException {
            zip.write(line.getBytes(StandardCharsets.UTF_8));
        }
    }
}
