package no.los.dsar.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.ErasureConfirmed;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.DataMapContract;
import no.los.platform.test.TestTokens;

/**
 * dsar-service's own part in the rights: its data map accounts for every table of its schema; the
 * person's access part holds every request they made and how it was handled, and nobody else's;
 * the portable export is the requests themselves.
 */
@QuarkusTest
class DsarRightsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> CATEGORIES = List.of("rights-requests", "request-progress", "erasure-receipts",
            "access-reports", "report-downloads", "export-downloads", "direct-transfers", "request-letters");

    @Inject
    AgroalDataSource database;

    @Test
    void theDataMapAccountsForEveryTableOfTheSchema() {
        JsonPath map = given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/data-map")
                .then().statusCode(200).extract().jsonPath();
        DataMapContract.assertCoversTheSchema(map, database);
        assertEquals("dsar-service", map.getString("service"));
        assertEquals(DataMapContract.withKnownCustomerAndPlatformCategories(CATEGORIES), map.getList("categories.name"));
        assertTrue(map.getList("categories.findAll { !['known-customer', 'access-log'].contains(it.name) }.purposes.flatten()")
                .stream().allMatch("DATA_SUBJECT_RIGHTS"::equals), "everything but the platform's categories serves the rights");
        assertTrue(map.getList("categories.findAll { it.name != 'known-customer' }.legalBasis").stream()
                .allMatch("LEGAL_OBLIGATION"::equals), "the rights are a legal obligation");
        assertEquals("CONTRACT", map.getString("categories.find { it.name == 'known-customer' }.legalBasis"),
                "the copy of the customer register follows the customer relationship");
        assertTrue(map.getString("categories.find { it.name == 'access-reports' }.retention.enforcedBy")
                .contains("los.dsar.report.keep"));
        assertTrue(map.getString("categories.find { it.name == 'rights-requests' }.retention.rule")
                .contains("slettes disse opplysningene ikke"), "says honestly that nothing deletes them yet");
        assertTrue(map.getString("tablesWithoutPersonalData.find { it.table == 'processor_revision' }.reason")
                .contains("personal data of LOS staff"));
        assertEquals(List.of("rights-requests"), map.getList("categories.findAll { it.portable }.name"));
    }

    @Test
    void theDataMapIsServedToThePrivacyOfficerAndAdminsAndRefusedToOthers() {
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/data-map").then().statusCode(200);
        for (String role : List.of("agent", "marketing")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/data-map")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/data-map").then().statusCode(403);
    }

    @Test
    void theAccessPartHoldsEveryCategoryWithThePersonsRecordsAndNothingOfAnother() {
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String erasure = request(person, "ERASURE");
        String access = request(person, "ACCESS");
        String portability = request(person, "PORTABILITY");
        String othersAccess = request(other, "ACCESS");
        String othersPortability = request(other, "PORTABILITY");

        ErasureConfirmed.ofRequest(EventTopic.CUSTOMER, person, erasure).deleted("contact-details", 3).send();
        Await.until("customer-service's receipt is in", PATIENCE, () -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/customers/" + person + "/erasure-receipts").then().extract().jsonPath().getList("items").size() == 1);

        PlantedRecords planted = new PlantedRecords(database);
        String staff = "staff-" + UUID.randomUUID();
        planted.reportDownloaded(UUID.fromString(access), person, "PDF", "customer", staff);
        planted.exportDownloaded(UUID.fromString(portability), "CSV", "a".repeat(64), staff);
        planted.transferred(UUID.fromString(portability), "Ny Strømleverandør AS", "c".repeat(64), staff);
        planted.reportDownloaded(UUID.fromString(othersAccess), other, "JSON", "agent", "staff-of-the-other");
        planted.exportDownloaded(UUID.fromString(othersPortability), "JSON", "b".repeat(64), "the-other");
        planted.transferred(UUID.fromString(othersPortability), "Annen Mottaker AS", "d".repeat(64), "the-other");

        String body = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + person + "/access")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonPath part = JsonPath.from(body);
        assertEquals("dsar-service", part.getString("service"));
        assertEquals(person.toString(), part.getString("customerId"));
        assertEquals(DataMapContract.withKnownCustomerAndPlatformCategories(CATEGORIES), part.getList("categories.category.name"));
        part.getList("categories.category.title", String.class).forEach(title -> assertFalse(title.isBlank()));
        part.getList("categories.category.retention.rule", String.class).forEach(rule -> assertFalse(rule.isBlank()));

        assertEquals(Set.of(erasure, access, portability), Set.copyOf(records(part, "rights-requests", "requestId")));
        Map<String, Object> erasureRequest = record(part, "rights-requests", erasure);
        assertEquals("ERASURE", erasureRequest.get("type"));
        assertEquals("MIN_SIDE", erasureRequest.get("channel"));
        assertEquals("DATA_SUBJECT", erasureRequest.get("submittedBy"));
        assertEquals("RECEIVED", erasureRequest.get("status"));
        assertNotNull(erasureRequest.get("dueOn"));
        assertNotNull(erasureRequest.get("receivedAt"));

        String progress = "categories.find { it.category.name == 'request-progress' }.records";
        assertEquals("CONFIRMED", part.getString(progress + ".find { it.requestId == '" + erasure
                + "' && it.service == 'customer-service' }.status"));
        assertEquals("PENDING", part.getString(progress + ".find { it.requestId == '" + erasure
                + "' && it.service == 'marketing-service' }.status"));
        assertEquals(4, part.getList(progress + ".findAll { it.requestId == '" + access + "' }").size());

        String receipts = "categories.find { it.category.name == 'erasure-receipts' }.records";
        assertEquals(List.of("customer-service"), part.getList(receipts + ".service"));
        assertEquals(List.of("contact-details: 3"), part.getList(receipts + ".deleted"));
        assertEquals(List.of(erasure), part.getList(receipts + ".requestId"));

        assertEquals(List.of(access), records(part, "access-reports", "requestId"));
        assertEquals(List.of("PDF"), records(part, "report-downloads", "format"));
        assertEquals(List.of("customer"), records(part, "report-downloads", "role"));
        assertEquals(List.of("a".repeat(64)), records(part, "export-downloads", "sha256"));
        assertEquals(List.of("CSV"), records(part, "export-downloads", "format"));
        assertEquals(List.of("Ny Strømleverandør AS"), records(part, "direct-transfers", "receiver"));
        assertEquals(List.of("DELIVERED"), records(part, "direct-transfers", "outcome"));

        for (String others : List.of(other.toString(), othersAccess, othersPortability, "b".repeat(64), "d".repeat(64),
                "Annen Mottaker AS", "staff-of-the-other")) {
            assertFalse(body.contains(others), "nothing of another customer: " + others);
        }
        assertFalse(body.contains(staff), "a staff member's user id is theirs, not the person's");
    }

    @Test
    void thePartIsOnlyForTheRightsCollector() {
        UUID person = UUID.randomUUID();
        given().auth().oauth2(TestTokens.withRoles("rights-collector")).get("/rights/customers/" + person + "/access")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.customer(person)).get("/rights/customers/" + person + "/access")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("rights-collector")).get("/rights/customers/" + person + "/portable")
                .then().statusCode(403);
    }

    @Test
    void thePortableExportIsTheRequestsLineByLine() {
        UUID person = UUID.randomUUID();
        String first = request(person, "ACCESS");
        String second = given().auth().oauth2(TestTokens.customer(person)).contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION", "objection", Map.of("scope", "PEER_COMPARISON",
                        "grounds", "Vi bor to i et stort hus.")))
                .post("/me/requests").then().statusCode(201).extract().<String>path("id");
        request(UUID.randomUUID(), "ACCESS");

        String body = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + person + "/portable")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonPath> lines = body.lines().map(JsonPath::from).toList();
        assertEquals("rights-requests", lines.get(0).getString("category"));
        assertEquals(1, lines.stream().filter(line -> line.get("category") != null).count(), "one portable category");
        List<JsonPath> records = lines.subList(1, lines.size());
        assertEquals(Set.of(first, second), Set.copyOf(records.stream().map(r -> r.getString("record.requestId")).toList()));
        List<List<String>> keys = new ArrayList<>();
        records.forEach(r -> keys.add(new ArrayList<>(r.getMap("record").keySet().stream().map(Object::toString).toList())));
        assertEquals(1, keys.stream().distinct().count(), "every record has the same fields in the same order: " + keys);
        assertEquals(List.of("requestId", "type", "channel", "submittedBy", "receivedAt", "dueOn", "extendedTo",
                "status", "completedAt", "refusedAt", "withdrawnAt",
                "identityCheck", "identityNote", "announcedAt", "objectionScope", "objectionGrounds", "identityCodes",
                "history"),
                keys.get(0));
        JsonPath objection = records.stream().filter(r -> "OBJECTION".equals(r.getString("record.type"))).findFirst()
                .orElseThrow();
        assertEquals("PEER_COMPARISON", objection.getString("record.objectionScope"));
        assertEquals("Vi bor to i et stort hus.", objection.getString("record.objectionGrounds"), "while it is open");
    }

    private static String request(UUID customer, String type) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", type)).post("/me/requests")
                .then().statusCode(201).extract().path("id");
    }

    private static List<Object> records(JsonPath part, String category, String field) {
        return part.getList("categories.find { it.category.name == '" + category + "' }.records." + field);
    }

    private static Map<String, Object> record(JsonPath part, String category, String requestId) {
        return part.getMap("categories.find { it.category.name == '" + category + "' }.records.find { it.requestId == '"
                + requestId + "' }");
    }
}
