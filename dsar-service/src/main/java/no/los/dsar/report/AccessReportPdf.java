package no.los.dsar.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.logging.Logger;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * The access report as PDF, rendered from the same document as the HTML (openhtmltopdf on PDFBox), so
 * the two never say different things. The text is set in Liberation Sans, the font PDFBox ships,
 * embedded, so every letter of a Norwegian or Sami name prints and the text can be searched and
 * read aloud.
 */
final class AccessReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private AccessReportPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(AccessReportPdf::font, "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the access report cannot be rendered as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        InputStream font = PDDocument.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox ships no " + FONT);
        }
        return font;
    }

    /**
     * The renderer's warnings in the service's log, by where they arose only: a renderer's message can
     * quote the document, and the document is a person's data.
     */
    private static final class RendererLog implements XRLogger {

        private static final Logger LOG = Logger.getLogger(AccessReportPdf.class);

        @Override
        public void log(String where, Level level, String message) {
            report(where, level, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable failure) {
            report(where, level, failure);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the service's log configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }

        private static void report(String where, Level level, Throwable failure) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.warnf("The PDF renderer reported a %s in %s%s", level, where,
                        failure == null ? "" : " (" + failure.getClass().getName() + ")");
            }
        }
    }
}
