package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.Deliveries;
import no.los.platform.test.DataMapContract;
import no.los.platform.test.TestTokens;

/**
 * The person's part of an access report (Art. 15, R17): every category of the data map with its
 * metadata and all the person's records in it, every hour included, and nothing of anyone else. Only
 * dsar-service may fetch it.
 */
@QuarkusTest
class AccessPartTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-24");
    private static final List<String> CATEGORIES = List.of("hourly-readings", "quarter-hour-readings", "metered-days",
            "reading-corrections", "contracts", "metering-points", "invoicing-retention", "app-registration", "app-profile",
            "alert-settings");

    @Test
    void thePartHoldsEveryCategoryWithItsMetadataAndEveryPlantedValue() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        List<PlantedReadings.Hour> planted = PlantedReadings.ofDay(gsrn, DAY, "0.125", "1.250", "12.500");
        AppData.stored(customer);
        UUID stranger = UUID.randomUUID();
        String strangersPoint = CustomerEvents.meteringPointAdded(stranger);
        CustomerEvents.contractStarted(stranger, strangersPoint, LocalDate.parse("2026-01-01"));
        PlantedReadings.ofDay(strangersPoint, DAY, "7.777");

        String body = accessPart(customer);
        JsonPath part = exact(body);
        assertEquals("consumption-service", part.getString("service"));
        assertEquals(customer.toString(), part.getString("customerId"));
        assertEquals(DataMapContract.withPlatformCategories(CATEGORIES), part.getList("categories.category.name"));
        for (String name : CATEGORIES) {
            Map<String, Object> category = part.getMap("categories.find { it.category.name == '" + name + "' }.category");
            assertNotNull(category.get("title"), name);
            assertNotNull(category.get("purposes"), name);
            assertNotNull(category.get("legalBasis"), name);
            assertNotNull(category.get("source"), name);
            assertNotNull(category.get("retention"), name);
        }

        List<Map<String, Object>> hours = records(part, "hourly-readings");
        assertEquals(24, hours.size(), "every hour of the day");
        for (int h = 0; h < 24; h++) {
            assertEquals(gsrn, hours.get(h).get("meteringPointId"));
            assertEquals(planted.get(h).start().toOffsetDateTime(), OffsetDateTime.parse((String) hours.get(h).get("start")));
            assertEquals(planted.get(h).kwh(), hours.get(h).get("kwh"), "hour " + h);
        }
        assertEquals("2026-11-24T00:00:00+01:00", hours.get(0).get("start"), "in Norwegian time");

        Map<String, Object> contractRecord = records(part, "contracts").get(0);
        assertEquals(contract.toString(), contractRecord.get("contractId"));
        assertEquals(gsrn, contractRecord.get("meteringPointId"));
        assertEquals("SPOT", contractRecord.get("contractType"));
        assertEquals("2026-01-01", contractRecord.get("startsOn"));
        assertNull(contractRecord.get("endsOn"));
        assertEquals(List.of(Map.of("meteringPointId", gsrn, "priceArea", "NO2")),
                records(part, "metering-points").stream()
                        .map(point -> Map.of("meteringPointId", point.get("meteringPointId"), "priceArea", point.get("priceArea")))
                        .toList());
        assertEquals(List.of(), records(part, "invoicing-retention"), "a customer in force has no keep-until date");
        assertEquals("2026-01", records(part, "app-registration").get(0).get("noticeVersion"));
        Map<String, Object> profile = records(part, "app-profile").get(0);
        assertEquals(3, profile.get("householdSize"));
        assertEquals("HOUSE", profile.get("dwellingType"));
        assertEquals("HEAT_PUMP", profile.get("heatingType"));
        assertEquals(120, profile.get("areaSquareMetres"));
        assertEquals(List.of(Map.of("kind", "DAILY_CONSUMPTION_ABOVE", "threshold", new BigDecimal("40.000")),
                Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", new BigDecimal("2.500"))), records(part, "alert-settings"));

        assertFalse(body.contains(strangersPoint), "nothing of another customer");
        assertFalse(body.contains(stranger.toString()));
        assertFalse(body.contains("7.777"));
    }

    @Test
    void quartersTheirDaysAndEveryReplacedValueAreInThePart() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        Deliveries.deliver(Deliveries.line(gsrn, DAY, "PT15M", 96, i -> "0.250")).statusCode(200);
        Deliveries.deliver(Deliveries.line(gsrn, DAY, "PT15M", 96, i -> i == 0 ? "0.500" : "0.250")).statusCode(200);

        JsonPath part = exact(accessPart(customer));

        List<Map<String, Object>> quarters = records(part, "quarter-hour-readings");
        assertEquals(96, quarters.size());
        assertEquals("2026-11-24T00:00:00+01:00", quarters.get(0).get("start"));
        assertEquals(new BigDecimal("0.500"), quarters.get(0).get("kwh"));
        assertEquals("2026-11-24T00:15:00+01:00", quarters.get(1).get("start"));
        assertEquals(new BigDecimal("1.250"), records(part, "hourly-readings").get(0).get("kwh"), "the first hour's quarters");
        Map<String, Object> day = records(part, "metered-days").get(0);
        assertEquals(List.of("2026-11-24", "PT15M", 96, new BigDecimal("24.250")),
                List.of(day.get("day"), day.get("resolution"), day.get("intervals"), day.get("kwh")));
        List<Map<String, Object>> replaced = records(part, "reading-corrections");
        assertEquals(96, replaced.size(), "the day as it stood before the correction, every value");
        assertEquals(List.of("2026-11-24T00:00:00+01:00", "PT15M", new BigDecimal("0.250")),
                List.of(replaced.get(0).get("start"), replaced.get(0).get("resolution"), replaced.get(0).get("kwh")));
        assertEquals("2026-11-24T23:45:00+01:00", replaced.get(95).get("start"));
    }

    @Test
    void aFormerCustomersPartShowsUntilWhenTheInvoicingDataIsKept() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        PlantedReadings.ofDay(gsrn, DAY, "1.500");
        CustomerEvents.contractTerminated(customer, contract, gsrn, LocalDate.parse("2026-11-25"));
        CustomerEvents.relationshipEnded(customer, LocalDate.parse("2026-11-26"), contract);
        ConsumptionDatabase.awaitCount("the keep-until date is recorded", 1,
                "select count(*) from invoicing_retention where customer_id = ?", customer);

        JsonPath part = exact(accessPart(customer));
        assertEquals(List.of(Map.of("relationshipEndedOn", "2026-11-26", "keptUntil", "2031-12-31")),
                records(part, "invoicing-retention"));
        assertEquals(24, records(part, "hourly-readings").size(), "kept for bookkeeping, so still shown");
        assertEquals("2026-11-25", records(part, "contracts").get(0).get("endsOn"));
        assertEquals(List.of(), records(part, "app-registration"));
    }

    @Test
    void aCustomerWeKnowNothingAboutGetsEveryCategoryEmpty() {
        JsonPath part = exact(accessPart(UUID.randomUUID()));
        List<String> all = DataMapContract.withPlatformCategories(CATEGORIES);
        assertEquals(all, part.getList("categories.category.name"));
        assertEquals(Collections.nCopies(all.size(), List.of()), part.getList("categories.records"));
    }

    @Test
    void onlyDsarServiceMayFetchAPart() {
        UUID customer = UUID.randomUUID();
        for (String token : List.of(TestTokens.withRoles("rights-collector"), TestTokens.customer(customer),
                TestTokens.withRoles("privacy-officer"), TestTokens.withRoles("agent"))) {
            given().auth().oauth2(token).get("/rights/customers/" + customer + "/access")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    private static String accessPart(UUID customer) {
        return given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).contentType("application/json").extract().asString();
    }

    /** Numbers as BigDecimal, so kWh compare to the last decimal. */
    private static JsonPath exact(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static List<Map<String, Object>> records(JsonPath part, String category) {
        return part.getList("categories.find { it.category.name == '" + category + "' }.records");
    }
}
