package no.los.dsar.rights;

import static no.los.platform.rights.AccessPart.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSource;
import no.los.platform.rights.LegalBasis;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Safeguard;

/**
 * Before a service's access part is stored as it came, its outline is read: who sent it, for whom,
 * each category's declaration and how many records it holds. Anything beyond the rights contract —
 * an unknown field, a record that is not flat — makes the part unreadable, so it is never stored.
 */
class PartOutlineTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID KARI = UUID.randomUUID();

    private static final DataCategory READINGS = category("hourly-readings").portable().build();
    private static final DataCategory SCORE = category("payment-score").automatedDecisions().build();

    @Test
    void theOutlineNamesSenderPersonAndCategoriesAndCountsTheRecords() throws IOException {
        PartOutline outline = read(json(part()));

        assertEquals("consumption-service", outline.service());
        assertEquals(KARI, outline.customerId());
        assertEquals(List.of("hourly-readings", "payment-score"),
                outline.categories().stream().map(category -> category.category().name()).toList());
        assertEquals(List.of(2, 0), outline.categories().stream().map(PartOutline.CategoryOutline::records).toList());
        assertEquals(List.of("consumption-service/payment-score"), outline.automatedDecisionCategories());
    }

    @Test
    void aRecordWithANestedValueIsRefused() {
        String nested = json(part()).replace("\"kwh\":0.500", "\"kwh\":{\"value\":0.500}");

        assertThrows(MismatchedInputException.class, () -> read(nested));
    }

    @Test
    void recordsThatAreNotAnArrayOfObjectsAreRefused() {
        String notObjects = json(part()).replace("\"records\":[]", "\"records\":[\"0.500\"]");
        String notAnArray = json(part()).replace("\"records\":[]", "\"records\":\"none\"");

        assertThrows(MismatchedInputException.class, () -> read(notObjects));
        assertThrows(MismatchedInputException.class, () -> read(notAnArray));
    }

    @Test
    void aFieldTheRightsContractDoesNotHaveIsRefused() {
        String extra = json(part()).replaceFirst("\\{", "{\"nationalIdNumber\":\"12838512345\",");

        assertThrows(UnrecognizedPropertyException.class, () -> read(extra));
    }

    @Test
    void aPartWithoutItsSenderOrPersonIsRefused() {
        String anonymous = json(part()).replace("\"service\":\"consumption-service\",", "");

        assertThrows(ValueInstantiationException.class, () -> read(anonymous));
    }

    @Test
    void anythingAfterThePartIsRefused() {
        assertThrows(MismatchedInputException.class, () -> read(json(part()) + " {}"));
    }

    private static AccessPart part() {
        DataMap map = DataMap.of("consumption-service", List.of(READINGS, SCORE));
        return AccessPart.of(map, KARI)
                .category("hourly-readings", List.of(
                        record("meteringPointId", "707057500012345678", "start", "2025-01-01T00:00:00+01:00",
                                "kwh", new BigDecimal("0.500")),
                        record("meteringPointId", "707057500012345678", "start", "2025-01-01T01:00:00+01:00",
                                "kwh", null)))
                .category("payment-score", List.of())
                .build();
    }

    private static DataCategory.Builder category(String name) {
        return DataCategory.named(name).title(name).description("Et eksempel.").tables(name.replace('-', '_'))
                .purposes(ProcessingPurpose.INVOICING).legalBasis(LegalBasis.CONTRACT).source(DataSource.ELHUB)
                .retention("Så lenge kundeforholdet varer", "ExampleErasure").safeguards(Safeguard.PSEUDONYMOUS_ID)
                .accessRoles("agent");
    }

    private static String json(AccessPart part) {
        try {
            return JSON.writeValueAsString(part);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PartOutline read(String json) throws IOException {
        return PartOutline.reader(JSON).readValue(json);
    }
}
