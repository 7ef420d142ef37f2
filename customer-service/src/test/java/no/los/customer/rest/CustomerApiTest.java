package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.customer.metering.MeteringPoint;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

@QuarkusTest
class CustomerApiTest {

    private static final String AGENT = TestTokens.withRoles("agent");

    @Test
    void anAgentRegistersACustomerAndSeesTheNationalIdNumberMasked() {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        var created = given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(newCustomer(nationalId))
                .post("/customers")
                .then().statusCode(201)
                .body("fullName", equalTo("Kari Testesen"))
                .body("nationalIdNumber", equalTo("*********" + nationalId.substring(9)))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/customers/" + id));

        given().auth().oauth2(AGENT).get("/customers/" + id)
                .then().statusCode(200)
                .body("address.postalCode", equalTo("0150"))
                .body("nationalIdNumber", not(equalTo(nationalId)));
    }

    @Test
    void aBodyBeyondWhatTheOperationTakesIsRefusedWithAProblemAndNothingIsStored() {
        String padding = "x".repeat(70 * 1024);
        String nationalId = SyntheticIdentities.nationalIdNumber();
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("fullName", padding, "nationalIdNumber", nationalId))
                .post("/customers")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:body-too-large"));
        register(nationalId); // no customer with this number was stored, so it registers
    }

    @Test
    void theNationalIdNumberIsStoredOnlyEncrypted() throws SQLException {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        String id = register(nationalId);
        try (Connection db = DriverManager.getConnection(TestDatabase.url("customer_test"), TestDatabase.USER,
                TestDatabase.PASSWORD);
                ResultSet row = db.createStatement().executeQuery(
                        "select * from customer where id = '" + id + "'")) {
            row.next();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                String stored = row.getString(column);
                assertFalse(stored != null && stored.contains(nationalId),
                        "column " + row.getMetaData().getColumnName(column) + " holds the number in the clear");
            }
        }
    }

    @Test
    void registeringAnnouncesTheCustomerByIdOnly() {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        String id = register(nationalId);
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> id.equals(r.key())));
        ConsumerRecord<String, byte[]> announced = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow();
        assertEquals("no.los.customer.registered.v1", TopicRecords.header(announced, "ce_type"));
        EventSchemas.assertConforms(announced);
        assertEquals("/los/customer-service", TopicRecords.header(announced, "ce_source"));
        assertEquals(id, TopicRecords.header(announced, "ce_subject"));
        String payload = TopicRecords.value(announced);
        assertFalse(payload.contains(nationalId) || payload.contains("Testesen") || payload.contains("example.no"),
                "the event must carry no personal data: " + payload);
    }

    @Test
    void aWrongControlDigitIsAProblemNamingTheFieldAndStoresNothing() {
        String valid = SyntheticIdentities.nationalIdNumber();
        String broken = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
        long before = countCustomers();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(newCustomer(broken))
                .post("/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:validation"))
                .body("errors.field", hasItem("nationalIdNumber"))
                .body("errors.message", hasItem("second control digit does not match"))
                .body(not(org.hamcrest.Matchers.containsString(broken)));
        assertEquals(before, countCustomers());
    }

    @Test
    void invalidFieldsAreAllNamed() {
        Map<String, Object> body = Map.of("fullName", "", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                "email", "not-an-address", "phone", "call me",
                "address", Map.of("street", "Gate 1", "postalCode", "46123", "city", "Kristiansand"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(body)
                .post("/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("address.postalCode", "email", "fullName", "phone")));
    }

    @Test
    void unreadableJsonIsAProblemToo() {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body("{\"fullName\": ")
                .post("/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:los:problem:"));
    }

    @Test
    void controlCharactersInTextAreRefusedByField() {
        Map<String, Object> body = new HashMap<>(newCustomer(SyntheticIdentities.nationalIdNumber()));
        body.put("fullName", "Kari\u0000Testesen");
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(body)
                .post("/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("fullName"));
    }

    @Test
    void theSameNationalIdNumberCannotBeRegisteredTwice() {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        register(nationalId);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(newCustomer(nationalId))
                .post("/customers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:conflict"));
    }

    @Test
    void anUnknownCustomerIsANotFoundProblem() {
        given().auth().oauth2(AGENT).get("/customers/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Customer not found"));
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        given().auth().oauth2(AGENT).get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMeteringPointIsAddedAndItsCheckDigitChecked() {
        String id = register(SyntheticIdentities.nationalIdNumber());
        String gsrn = SyntheticIdentities.meteringPointId();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631401234567", "priceArea", "NO2",
                        "latitude", 58.146, "longitude", 7.996))
                .post("/customers/" + id + "/metering-points")
                .then().statusCode(201)
                .body("meteringPointId", equalTo(gsrn));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", "707057500012345678", "meterNumber", "1", "priceArea", "NO2"))
                .post("/customers/" + id + "/metering-points")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("meteringPointId"));
        given().auth().oauth2(AGENT).get("/customers/" + id)
                .then().body("meteringPoints", hasSize(1));
    }

    @Test
    void aCustomerHoldsAtMostAHundredMeteringPoints() throws SQLException {
        String id = register(SyntheticIdentities.nationalIdNumber());
        try (Connection db = DriverManager.getConnection(TestDatabase.url("customer_test"), TestDatabase.USER,
                TestDatabase.PASSWORD); var insert = db.prepareStatement("insert into metering_point "
                        + "(id, customer_id, meter_number, price_area, added_at) values (?, ?, '1', 'NO2', now())")) {
            for (int i = 0; i < MeteringPoint.MAX_PER_CUSTOMER; i++) {
                insert.setString(1, SyntheticIdentities.meteringPointId());
                insert.setObject(2, UUID.fromString(id));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String oneMore = SyntheticIdentities.meteringPointId();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", oneMore, "meterNumber", "1", "priceArea", "NO2"))
                .post("/customers/" + id + "/metering-points")
                .then().statusCode(409);
        given().auth().oauth2(AGENT).get("/customers/" + id)
                .then().statusCode(200)
                .body("meteringPoints", hasSize(MeteringPoint.MAX_PER_CUSTOMER))
                .body("meteringPoints.meteringPointId", not(hasItem(oneMore)));
    }

    @Test
    void aCustomerSeesItsOwnRecordThroughMe() {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        String id = register(nationalId);
        register(SyntheticIdentities.nationalIdNumber());
        given().auth().oauth2(TestTokens.customer(UUID.fromString(id))).get("/me")
                .then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void aCustomerTokenWithoutACustomerIdReachesNothing() {
        given().auth().oauth2(TestTokens.customerWithoutId()).get("/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("The token carries no customer id: sign in as a customer"));
    }

    static Map<String, Object> newCustomer(String nationalId) {
        return Map.of("fullName", "Kari Testesen", "nationalIdNumber", nationalId,
                "email", "kari.testesen@example.no", "phone", "+47 400 00 000",
                "address", Map.of("street", "Testveien 1", "postalCode", "0150", "city", "Oslo"));
    }

    static String register(String nationalId) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(newCustomer(nationalId))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static long countCustomers() {
        return TestDatabase.number("customer_test", "select count(*) from customer");
    }
}
