package no.los.customer.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.customer.TestCustomers;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.DataMapContract;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/**
 * customer-service's part in the rights of the data subject: the data map it declares, the access
 * part that holds everything it has about one person and nothing about anyone else, the portable
 * export, and the answer to an access request. Only dsar-service may fetch a person's part.
 */
@QuarkusTest
class CustomerRightsTest {

    private static final LocalDate TODAY = LocalDate.now(OsloCalendar.ZONE);
    private static final String RIGHTS_ANSWERED = "no.los.rights.answered.v1";
    private static final String NDJSON = "application/x-ndjson";
    private static final List<String> CATEGORIES = List.of("customer-identity", "postal-address", "contact-details",
            "contracts", "metering-points", "meter-history", "interaction-log", "work-items", "visitor-register",
            "pending-erasure-request");
    /** The service's own categories and the platform's access log, which every service keeps. */
    private static final List<String> WITH_ACCESS_LOG = List.of("customer-identity", "postal-address", "contact-details",
            "contracts", "metering-points", "meter-history", "interaction-log", "work-items", "visitor-register",
            "pending-erasure-request", "processing-restriction",
            "upheld-objections", "access-log");
    private static final List<String> PORTABLE = List.of("customer-identity", "postal-address", "contact-details",
            "contracts", "metering-points", "meter-history");

    @Inject
    AgroalDataSource database;

    @Test
    void theDataMapAccountsForEveryTableOfTheSchema() {
        JsonPath map = given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/data-map")
                .then().statusCode(200).extract().jsonPath();

        DataMapContract.assertCoversTheSchema(map, database);
        assertEquals("customer-service", map.getString("service"));
        assertEquals(WITH_ACCESS_LOG, map.getList("categories.name"));
        assertEquals(List.of("ENCRYPTED_AT_REST", "KEYED_HASH", "PSEUDONYMOUS_ID", "ROLE_BASED_ACCESS", "OWN_DATA_ONLY"),
                category(map, "customer-identity").getList("safeguards"));
        assertEquals("ELHUB", category(map, "metering-points").getString("source"));
        assertEquals("LEGAL_OBLIGATION", category(map, "pending-erasure-request").getString("legalBasis"));
        assertEquals(PORTABLE, map.getList("categories.findAll { it.portable }.name"));
        for (String name : CATEGORIES) {
            JsonPath category = category(map, name);
            assertFalse(category.getString("title").isBlank(), name + " has a title");
            assertTrue(category.getString("retention.rule").contains("slett"), name + " says when it is deleted, in Norwegian");
            assertTrue(category.getList("recipients.name").containsAll(List.of("Evry Norge AS", "Enoro AS", "Compello AS")),
                    name + " names the processors of the policy");
        }
        assertTrue(category(map, "customer-identity").getList("recipients.name")
                .containsAll(List.of("consumption-service", "consent-service", "marketing-service", "dsar-service")));
        assertTrue(category(map, "customer-identity").getString("retention.enforcedBy")
                .contains("los.retention.bookkeeping-years"));
    }

    @Test
    void theDataMapIsServedToThePrivacyOfficerAndAdminsAndRefusedToAgentsMarketingAndCustomers() {
        given().auth().oauth2(TestTokens.withRoles("admin")).get("/data-map").then().statusCode(200);
        for (String role : List.of("agent", "marketing")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/data-map")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/data-map")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theAccessPartHoldsEveryRecordOfThePersonAndNothingOfAnyoneElse() {
        Planted person = Planted.customer();
        Planted other = Planted.customer();

        String body = given().auth().oauth2(TestTokens.rightsCollector()).get(accessOf(person))
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonPath part = JsonPath.from(body);

        assertEquals("customer-service", part.getString("service"));
        assertEquals(person.id, part.getString("customerId"));
        assertEquals(WITH_ACCESS_LOG, part.getList("categories.category.name"));
        for (int i = 0; i < CATEGORIES.size(); i++) {
            assertNotNull(part.getString("categories[" + i + "].category.legalBasis"), "each category with its metadata");
            assertFalse(part.getList("categories[" + i + "].category.purposes").isEmpty());
        }
        assertEquals(List.of(Map.of("customerId", person.id, "fullName", person.name,
                "nationalIdNumber", person.nationalId, "relationshipStatus", "ACTIVE")),
                records(part, "customer-identity", "customerId", "fullName", "nationalIdNumber", "relationshipStatus"),
                "the national ID number in full: it is the person's own copy");
        assertNotNull(records(part, "customer-identity").get(0).get("registeredAt"));
        assertEquals(List.of(Map.of("street", person.street, "postalCode", "0150", "city", "Oslo")),
                records(part, "postal-address"));
        assertEquals(List.of(Map.of("email", person.email, "phone", person.phone)), records(part, "contact-details"));
        assertEquals(List.of(
                Map.of("contractId", person.endedContract, "meteringPointId", person.firstPoint, "contractType", "SPOT",
                        "startsOn", TODAY.minusYears(1).toString(), "endsOn", TODAY.minusDays(1).toString(),
                        "status", "ENDED"),
                Map.of("contractId", person.activeContract, "meteringPointId", person.secondPoint,
                        "contractType", "SPOT", "startsOn", TODAY.minusMonths(2).toString(), "status", "ACTIVE")),
                records(part, "contracts", "contractId", "meteringPointId", "contractType", "startsOn", "endsOn", "status"));
        assertEquals(List.of(
                Map.of("meteringPointId", person.firstPoint, "meterNumber", person.firstMeter, "priceArea", "NO1",
                        "latitude", 59.9139f, "longitude", 10.7522f),
                Map.of("meteringPointId", person.secondPoint, "meterNumber", person.secondMeter, "priceArea", "NO1",
                        "latitude", 60.3913f, "longitude", 5.3221f)),
                records(part, "metering-points", "meteringPointId", "meterNumber", "priceArea", "latitude", "longitude"));
        assertEquals(List.of(Map.of("meteringPointId", person.firstPoint, "previousMeterNumber", person.earlierMeter,
                "meterNumber", person.firstMeter, "swappedOn", TODAY.minusMonths(6).toString())),
                records(part, "meter-history"));
        List<Map<String, Object>> pending = records(part, "pending-erasure-request");
        assertEquals(1, pending.size(), "the erasure request made while a contract is in force");
        OffsetDateTime.parse((String) pending.get(0).get("requestedAt"));

        for (String value : other.values()) {
            assertFalse(body.contains(value), "the part holds nothing of another customer");
        }
        ServiceLog.assertMentionsNoneOf(person.nationalId, person.name, person.email, person.street);
    }

    @Test
    void aPersonTheServiceDoesNotKnowGetsEveryCategoryEmpty() {
        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + UUID.randomUUID() + "/access")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(WITH_ACCESS_LOG, part.getList("categories.category.name"));
        assertEquals(List.of(), part.getList("categories.records.flatten()"));
    }

    @Test
    void onlyDsarServiceMayFetchAPersonsPart() {
        Planted person = Planted.customer();
        List<String> refused = List.of(TestTokens.withRoles("rights-collector"), TestTokens.customer(UUID.fromString(person.id)),
                TestTokens.withRoles("privacy-officer", "admin", "agent"));
        for (String token : refused) {
            given().auth().oauth2(token).get(accessOf(person))
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).accept(NDJSON).get(portableOf(person))
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void theExportStreamsThePortableCategoriesAsNdjson() {
        Planted person = Planted.customer();
        Planted other = Planted.customer();

        String body = given().auth().oauth2(TestTokens.rightsCollector()).accept(NDJSON).get(portableOf(person))
                .then().statusCode(200).contentType(startsWith(NDJSON)).extract().asString();
        Map<String, List<Map<String, Object>>> export = categoriesOf(body);

        assertEquals(PORTABLE, List.copyOf(export.keySet()), "only portable categories, each once");
        assertEquals(List.of(Map.of("street", person.street, "postalCode", "0150", "city", "Oslo")),
                export.get("postal-address"));
        assertEquals(List.of(Map.of("email", person.email, "phone", person.phone)), export.get("contact-details"));
        assertEquals(List.of(person.endedContract, person.activeContract),
                export.get("contracts").stream().map(row -> row.get("contractId")).toList());
        assertEquals(List.of(person.firstPoint, person.secondPoint),
                export.get("metering-points").stream().map(row -> row.get("meteringPointId")).toList());
        assertEquals(List.of(person.firstMeter, person.secondMeter),
                export.get("metering-points").stream().map(row -> row.get("meterNumber")).toList());
        assertEquals(List.of(person.earlierMeter),
                export.get("meter-history").stream().map(row -> row.get("previousMeterNumber")).toList());
        export.forEach((category, rows) -> assertEquals(1, rows.stream().map(row -> List.copyOf(row.keySet())).distinct()
                .count(), category + ": every row with the same columns in the same order"));
        assertEquals(person.name, export.get("customer-identity").get(0).get("fullName"), "the name is portable");
        assertFalse(body.contains(person.nationalId), "the national ID number is no portable data");
        for (String value : other.values()) {
            assertFalse(body.contains(value), "the export holds nothing of another customer");
        }
    }

    @Test
    void anAccessRequestIsAnsweredOnceWithTheCategoriesAndNoData() {
        Planted person = Planted.customer();
        String requestId = UUID.randomUUID().toString();

        TopicRecords.send(request(person.id, requestId, "ACCESS"));

        Await.until("customer-service answered request " + requestId, Duration.ofSeconds(30),
                () -> answersCommitted(person.id, requestId) > 0);
        List<ConsumerRecord<String, byte[]>> answers = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(30), read -> !answersTo(read, person.id, requestId).isEmpty());
        List<ConsumerRecord<String, byte[]>> answer = answersTo(answers, person.id, requestId);
        assertEquals(1, answer.size(), "one answer per request");
        assertEquals(1L, answersCommitted(person.id, requestId));
        EventSchemas.assertConforms(answer.get(0));
        JsonPath answered = JsonPath.from(TopicRecords.value(answer.get(0)));
        assertEquals(person.id, answered.getString("customerId"));
        assertEquals("customer-service", answered.getString("service"));
        assertEquals("ACCESS", answered.getString("requestType"));
        assertEquals(WITH_ACCESS_LOG, answered.getList("categories"));
        String payload = TopicRecords.value(answer.get(0));
        person.values().stream().filter(value -> !value.equals(person.id))
                .forEach(value -> assertFalse(payload.contains(value), "the answer carries ids and category names only"));
    }

    private static long answersCommitted(String customer, String requestId) {
        return TestDatabase.number("customer_test", "select count(*) from outbox_event where record_key = ? and type = ? "
                + "and payload ->> 'requestId' = ?", customer, RIGHTS_ANSWERED, requestId);
    }

    private static List<ConsumerRecord<String, byte[]>> answersTo(List<ConsumerRecord<String, byte[]>> records,
            String customer, String requestId) {
        return records.stream()
                .filter(record -> customer.equals(record.key())
                        && RIGHTS_ANSWERED.equals(TopicRecords.header(record, "ce_type"))
                        && requestId.equals(JsonPath.from(TopicRecords.value(record)).getString("requestId")))
                .toList();
    }

    private static String accessOf(Planted person) {
        return "/rights/customers/" + person.id + "/access";
    }

    private static String portableOf(Planted person) {
        return "/rights/customers/" + person.id + "/portable";
    }

    private static JsonPath category(JsonPath map, String name) {
        return JsonPath.from(map.prettify()).setRootPath("categories.find { it.name == '" + name + "' }");
    }

    private static List<Map<String, Object>> records(JsonPath part, String category) {
        return part.getList("categories.find { it.category.name == '" + category + "' }.records");
    }

    /** The records of the category, with only the fields named (nulls left out). */
    private static List<Map<String, Object>> records(JsonPath part, String category, String... fields) {
        List<Map<String, Object>> selected = new ArrayList<>();
        for (Map<String, Object> record : records(part, category)) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : fields) {
                if (record.get(field) != null) {
                    row.put(field, record.get(field));
                }
            }
            selected.add(row);
        }
        return selected;
    }

    /** The NDJSON lines read back: each category line followed by its record lines. */
    private static Map<String, List<Map<String, Object>>> categoriesOf(String ndjson) {
        Map<String, List<Map<String, Object>>> categories = new LinkedHashMap<>();
        String current = null;
        for (String line : ndjson.split("\n")) {
            JsonPath json = JsonPath.from(line);
            if (json.get("category") != null) {
                current = json.getString("category");
                assertEquals(null, categories.put(current, new ArrayList<>()), current + " is written once");
            } else {
                assertNotNull(current, "a record follows its category line");
                categories.get(current).add(json.getMap("record"));
            }
        }
        return categories;
    }

    private static ProducerRecord<String, byte[]> request(String customer, String requestId, String type) {
        return RightsEvents.requestReceived(UUID.fromString(customer), UUID.fromString(requestId), type);
    }

    /**
     * A customer with values of its own in every category: two metering points, a contract that has
     * ended and one in force, and an erasure request that waits for the relationship to end.
     */
    private record Planted(String id, String name, String nationalId, String email, String phone, String street,
            String firstPoint, String earlierMeter, String firstMeter, String secondPoint, String secondMeter,
            String endedContract, String activeContract) {

        static Planted customer() {
            String marker = UUID.randomUUID().toString().substring(0, 8);
            String name = "Ingrid Innsyn " + marker;
            String nationalId = SyntheticIdentities.nationalIdNumber();
            String email = "ingrid." + marker + "@example.no";
            String phone = "+47 9" + digits(7);
            String street = "Innsynsveien " + marker;
            String id = given().auth().oauth2(TestCustomers.AGENT).contentType(ContentType.JSON)
                    .body(Map.of("fullName", name, "nationalIdNumber", nationalId, "email", email, "phone", phone,
                            "address", Map.of("street", street, "postalCode", "0150", "city", "Oslo")))
                    .post("/customers").then().statusCode(201).extract().path("id");
            String earlierMeter = digits(16);
            String firstMeter = digits(16);
            String secondMeter = digits(16);
            String firstPoint = meteringPoint(id, earlierMeter, 59.9139, 10.7522);
            given().auth().oauth2(TestCustomers.AGENT).contentType(ContentType.JSON)
                    .body(Map.of("meterNumber", firstMeter, "swappedOn", TODAY.minusMonths(6).toString()))
                    .post("/customers/" + id + "/metering-points/" + firstPoint + "/meter-swaps")
                    .then().statusCode(200);
            String secondPoint = meteringPoint(id, secondMeter, 60.3913, 5.3221);
            String ended = TestCustomers.withContract(id, firstPoint, TODAY.minusYears(1));
            String active = TestCustomers.withContract(id, secondPoint, TODAY.minusMonths(2));
            TestCustomers.terminate(id, ended, TODAY.minusDays(1)); // not the last one: the relationship goes on
            String requestId = UUID.randomUUID().toString();
            TopicRecords.send(request(id, requestId, "ERASURE"));
            Await.until("the erasure request is remembered", Duration.ofSeconds(30),
                    () -> TestDatabase.number("customer_test", "select count(*) from customer where id = ?::uuid "
                            + "and erasure_requested_at is not null", id) > 0);
            return new Planted(id, name, nationalId, email, phone, street, firstPoint, earlierMeter, firstMeter,
                    secondPoint, secondMeter, ended, active);
        }

        /** Everything personal about the customer, each value unique to it. */
        List<String> values() {
            return List.of(id, name, nationalId, email, phone, street, firstPoint, earlierMeter, firstMeter, secondPoint,
                    secondMeter, endedContract, activeContract);
        }

        private static String meteringPoint(String customer, String meterNumber, double latitude, double longitude) {
            String gsrn = SyntheticIdentities.meteringPointId();
            given().auth().oauth2(TestCustomers.AGENT).contentType(ContentType.JSON)
                    .body(Map.of("meteringPointId", gsrn, "meterNumber", meterNumber, "priceArea", "NO1",
                            "latitude", latitude, "longitude", longitude))
                    .post("/customers/" + customer + "/metering-points")
                    .then().statusCode(201);
            return gsrn;
        }

        private static String digits(int count) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < count; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
            }
            return digits.toString();
        }
    }
}
