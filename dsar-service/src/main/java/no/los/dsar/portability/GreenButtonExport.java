package no.los.dsar.portability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.DataSubjectRequest;

/**
 * The Green Button export: consumption-service's NAESB ESPI feed of the person's hourly
 * consumption, passed through byte for byte. consumption-service owns the readings and the feed's
 * form; dsar-service only carries it to the person.
 */
@ApplicationScoped
class GreenButtonExport implements ExportWriter {

    @Inject
    PortableParts parts;

    @Override
    public void write(DataSubjectRequest request, OutputStream output) throws IOException {
        try (InputStream feed = parts.greenButton(request.customerId())) {
            feed.transferTo(output);
        }
    }
}
