package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.platform.test.DataMapContract;
import no.los.platform.test.TestTokens;

/**
 * What consumption-service tells the privacy officer it holds (R2, Art. 30): every table of its
 * schema in a category or declared without personal data, each category with the purpose, basis,
 * source, recipients and retention the erasure rules and the README describe.
 */
@QuarkusTest
class DataMapTest {

    private static final List<String> CATEGORIES = List.of("hourly-readings", "quarter-hour-readings", "metered-days",
            "reading-corrections", "contracts", "metering-points", "invoicing-retention", "app-registration", "app-profile",
            "alert-settings");
    private static final List<String> APP = List.of("app-registration", "app-profile", "alert-settings");
    private static final List<String> INVOICING = List.of("hourly-readings", "quarter-hour-readings", "metered-days",
            "reading-corrections", "contracts", "metering-points");

    @Inject
    AgroalDataSource database;

    @Test
    void theDataMapCoversEveryTableOfTheSchema() {
        DataMapContract.assertCoversTheSchema(dataMap(), database);
    }

    @Test
    void theCategoriesAreTheOnesTheErasureConfirmationsName() {
        JsonPath map = dataMap();
        assertEquals("consumption-service", map.getString("service"));
        assertEquals(DataMapContract.withPlatformCategories(CATEGORIES), map.getList("categories.name"));
        assertEquals(List.of("hourly-readings", "quarter-hour-readings", "contracts", "metering-points", "app-profile",
                "alert-settings"),
                map.getList("categories.findAll { it.portable }.name"), "observed or given by the person: portable");
    }

    @Test
    void invoicingDataServesTheContractAndIsKeptForBookkeeping() {
        JsonPath map = dataMap();
        for (String name : INVOICING) {
            Map<String, Object> category = category(map, name);
            assertEquals(List.of("INVOICING", "CUSTOMER_RELATIONSHIP"), category.get("purposes"), name);
            assertEquals("CONTRACT", category.get("legalBasis"), name);
            assertTrue(retentionRule(category).contains("31. desember i det 5. året"), name);
            assertTrue(enforcedBy(category).contains("ExpiredInvoicingDataErasure"), name);
        }
        assertEquals("ELHUB", category(map, "hourly-readings").get("source"));
        assertEquals("ELHUB", category(map, "quarter-hour-readings").get("source"));
        assertEquals("ELHUB", category(map, "reading-corrections").get("source"));
        assertEquals("DERIVED", category(map, "metered-days").get("source"));
        assertEquals("DERIVED", category(map, "contracts").get("source"));
        assertEquals("DERIVED", category(map, "metering-points").get("source"));
        Map<String, Object> retention = category(map, "invoicing-retention");
        assertEquals("LEGAL_OBLIGATION", retention.get("legalBasis"));
        assertEquals(List.of("invoicing_retention"), retention.get("tables"));
    }

    @Test
    void appDataRestsOnTheAppConsentAndGoesWithIt() {
        JsonPath map = dataMap();
        for (String name : APP) {
            Map<String, Object> category = category(map, name);
            assertEquals(List.of("VISUALISATION_APP"), category.get("purposes"), name);
            assertEquals("CONSENT", category.get("legalBasis"), name);
            assertTrue(retentionRule(category).contains("trekker tilbake samtykket til visualiseringsappen"), name);
            assertEquals(List.of("dsar-service", "Evry Norge AS", "Enoro AS", "Compello AS"), recipients(category), name);
        }
        assertEquals("DATA_SUBJECT", category(map, "app-profile").get("source"));
        assertEquals("DATA_SUBJECT", category(map, "alert-settings").get("source"));
    }

    @Test
    void marketingReceivesNothingAndMayReadNothing() {
        JsonPath map = dataMap();
        for (String name : CATEGORIES) {
            Map<String, Object> category = category(map, name);
            assertTrue(recipients(category).contains("dsar-service"), name);
            assertFalse(recipients(category).contains("marketing-service"), name);
            assertFalse(((List<?>) category.get("accessRoles")).contains("marketing"), name);
        }
    }

    @Test
    void theDataMapIsForThePrivacyOfficerAndAdminsOnly() {
        for (String role : List.of("privacy-officer", "admin")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/data-map").then().statusCode(200);
        }
        for (String role : List.of("customer", "agent", "marketing")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/data-map")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    private static JsonPath dataMap() {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/data-map")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> category(JsonPath map, String name) {
        return map.getMap("categories.find { it.name == '" + name + "' }");
    }

    @SuppressWarnings("unchecked")
    private static String retentionRule(Map<String, Object> category) {
        return (String) ((Map<String, Object>) category.get("retention")).get("rule");
    }

    @SuppressWarnings("unchecked")
    private static String enforcedBy(Map<String, Object> category) {
        return (String) ((Map<String, Object>) category.get("retention")).get("enforcedBy");
    }

    @SuppressWarnings("unchecked")
    private static List<String> recipients(Map<String, Object> category) {
        return ((List<Map<String, Object>>) category.get("recipients")).stream().map(r -> (String) r.get("name")).toList();
    }
}
