package no.los.dsar.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import no.los.dsar.report.ReportFormat;

/** The report's format follows the caller's Accept header, in the caller's order of preference. */
class ReportHttpTest {

    @Test
    void theFirstAcceptableFormatWinsAndAnythingMeansJson() {
        assertEquals(ReportFormat.PDF, ReportHttp.formatFor(List.of(MediaType.valueOf("application/pdf"),
                MediaType.valueOf("application/json"))));
        assertEquals(ReportFormat.HTML, ReportHttp.formatFor(List.of(MediaType.valueOf("text/*"))));
        assertEquals(ReportFormat.JSON, ReportHttp.formatFor(List.of(MediaType.WILDCARD_TYPE)));
    }

    @Test
    void aFormatRefusedWithQualityZeroIsNotChosen() {
        assertEquals(ReportFormat.PDF, ReportHttp.formatFor(List.of(MediaType.valueOf("application/json;q=0"),
                MediaType.valueOf("application/pdf"))));
    }

    @Test
    void aFormatNotOfferedIsRefused() {
        assertThrows(ReportHttp.FormatNotOffered.class, () -> ReportHttp.formatFor(List.of(MediaType.TEXT_PLAIN_TYPE,
                MediaType.valueOf("application/xml"))));
    }
}
