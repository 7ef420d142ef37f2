package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import no.los.consumption.CustomerEvents;
import no.los.platform.test.TestTokens;

/**
 * The portable export (Art. 20, R20): what was observed about the person (hourly readings, contracts,
 * metering points) and what the person gave the app (profile, alerts), streamed as NDJSON, category by
 * category, every record of a category with the same fields.
 */
@QuarkusTest
class PortableExportTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The export read back: records per category, in the order the lines came. */
    record Export(Map<String, List<Map<String, Object>>> categories) {

        static Export parse(String ndjson) {
            Map<String, List<Map<String, Object>>> categories = new LinkedHashMap<>();
            List<Map<String, Object>> current = null;
            for (String line : ndjson.split("\n")) {
                Map<String, Object> value = read(line);
                if (value.containsKey("category")) {
                    current = new ArrayList<>();
                    categories.put((String) value.get("category"), current);
                } else {
                    current.add(castRecord(value.get("record")));
                }
            }
            return new Export(categories);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castRecord(Object record) {
            return (Map<String, Object>) record;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> read(String line) {
            try {
                return JSON.readValue(line, Map.class);
            } catch (JsonProcessingException e) {
                throw new AssertionError("a line is not JSON", e);
            }
        }
    }

    @Test
    void theExportStreamsThePortableCategoriesWithThePlantedValues() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        List<PlantedReadings.Hour> planted = PlantedReadings.ofDay(gsrn, LocalDate.parse("2026-10-25"), "0.333", "4.000");
        AppData.stored(customer);
        String strangersPoint = CustomerEvents.meteringPointAdded(UUID.randomUUID());

        String body = export(customer);
        Export export = Export.parse(body);
        assertEquals(List.of("hourly-readings", "quarter-hour-readings", "contracts", "metering-points", "app-profile",
                "alert-settings"),
                List.copyOf(export.categories().keySet()), "the portable categories of the data map, and only those");

        List<Map<String, Object>> hours = export.categories().get("hourly-readings");
        assertEquals(25, hours.size(), "the day the clocks go back has 25 hours");
        for (int h = 0; h < hours.size(); h++) {
            assertEquals(List.of("meteringPointId", "start", "kwh"), List.copyOf(hours.get(h).keySet()));
            assertEquals(gsrn, hours.get(h).get("meteringPointId"));
            assertEquals(planted.get(h).kwh(), hours.get(h).get("kwh"), "hour " + h);
        }
        assertEquals("2026-10-25T02:00:00+02:00", hours.get(2).get("start"));
        assertEquals("2026-10-25T02:00:00+01:00", hours.get(3).get("start"), "the repeated hour, in winter time");
        assertEquals(PlantedReadings.sum(planted), hours.stream().map(hour -> (BigDecimal) hour.get("kwh"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        Map<String, Object> contractRecord = export.categories().get("contracts").get(0);
        assertEquals(List.of("contractId", "meteringPointId", "contractType", "startsOn", "endsOn", "cancelledOn", "learntAt"),
                List.copyOf(contractRecord.keySet()), "an open contract still has the endsOn column");
        assertEquals(contract.toString(), contractRecord.get("contractId"));
        assertEquals(gsrn, export.categories().get("metering-points").get(0).get("meteringPointId"));
        assertEquals(3, export.categories().get("app-profile").get(0).get("householdSize"));
        assertEquals(List.of("DAILY_CONSUMPTION_ABOVE", "HOURLY_PRICE_ABOVE"),
                export.categories().get("alert-settings").stream().map(alert -> alert.get("kind")).toList());
        assertFalse(body.contains(strangersPoint), "nothing of another customer");
        assertFalse(body.contains("noticeVersion"), "the copy of the consent is not the person's data to carry away");
    }

    @Test
    void onlyDsarServiceMayFetchTheExport() {
        UUID customer = UUID.randomUUID();
        for (String token : List.of(TestTokens.withRoles("rights-collector"), TestTokens.customer(customer))) {
            given().auth().oauth2(token).get("/rights/customers/" + customer + "/portable")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    private static String export(UUID customer) {
        return given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/portable")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
    }
}
