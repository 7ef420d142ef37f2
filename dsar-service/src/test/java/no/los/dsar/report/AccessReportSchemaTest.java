package no.los.dsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;
import no.los.dsar.report.PlantedAccessParts.Person;
import no.los.dsar.rights.PartOutline;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Recipient;
import no.los.platform.rights.Safeguard;

/**
 * The published schema of the access report says what the report holds, and no more: an assembled
 * report conforms, a report with a field the schema does not list or without a required one does not,
 * and its lists of purposes, legal bases, sources, safeguards and kinds of recipient are the platform's.
 */
class AccessReportSchemaTest {

    @Test
    void anAssembledReportConforms() {
        assertEquals(Set.of(), AccessReportSchema.violations(assembled()));
    }

    @Test
    void aFieldTheSchemaDoesNotListOrARequiredOneLeftOutIsRefused() {
        ObjectNode extra = assembled();
        ((ObjectNode) extra.path("parts").get(0).path("categories").get(0).path("category")).put("internalNote", "x");
        assertFalse(AccessReportSchema.violations(extra).isEmpty(), "a category is a closed object");

        ObjectNode withoutComplaint = assembled();
        withoutComplaint.remove("complaintsTo");
        assertFalse(AccessReportSchema.violations(withoutComplaint).isEmpty(), "the right to complain is required");

        ObjectNode nestedRecord = assembled();
        ((ObjectNode) nestedRecord.path("parts").get(0).path("categories").get(0).path("records").get(0))
                .putObject("nested").put("field", 1);
        assertFalse(AccessReportSchema.violations(nestedRecord).isEmpty(), "records are flat");
    }

    @Test
    void theSchemasListsAreThePlatformsEnums() {
        JsonNode category = AccessReportSchema.document().path("$defs").path("dataCategory").path("properties");
        assertEquals(names(ProcessingPurpose.values()), listed(category.path("purposes").path("items").path("enum")));
        assertEquals(names(LegalBasis.values()), listed(category.path("legalBasis").path("enum")));
        assertEquals(names(DataSource.values()), listed(category.path("source").path("enum")));
        assertEquals(names(Safeguard.values()), listed(category.path("safeguards").path("items").path("enum")));
        assertEquals(names(Recipient.Kind.values()), listed(AccessReportSchema.document().path("$defs")
                .path("recipient").path("properties").path("kind").path("enum")));
        assertEquals(RightsNotice.OTHER_RIGHTS.stream().map(AccessReport.OtherRight::right).collect(
                java.util.stream.Collectors.toCollection(TreeSet::new)), listed(AccessReportSchema.document()
                        .path("$defs").path("otherRight").path("properties").path("right").path("enum")));
    }

    private static ObjectNode assembled() {
        Person kari = Person.kari();
        DataSubjectRequest request = DataSubjectRequest.receive(kari.customerId(), RequestType.ACCESS,
                RequestChannel.MIN_SIDE, SubmittedBy.DATA_SUBJECT, OffsetDateTime.now());
        List<String> stored = PlantedAccessParts.of(kari).values().stream().map(AccessReportSchemaTest::json).toList();
        try {
            List<String> automated = new ArrayList<>();
            for (String part : stored) {
                automated.addAll(PartOutline.reader(PlantedAccessParts.JSON).<PartOutline>readValue(part)
                        .automatedDecisionCategories());
            }
            AccessReport envelope = AccessReport.envelope(request, automated, OffsetDateTime.now(),
                    OffsetDateTime.now().plusDays(30));
            return (ObjectNode) PlantedAccessParts.JSON.readTree(ReportJson.around(PlantedAccessParts.JSON, envelope).with(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(AccessPart part) {
        try {
            return PlantedAccessParts.JSON.writeValueAsString(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
    }

    private static Set<String> listed(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return new TreeSet<>(names);
    }
}
