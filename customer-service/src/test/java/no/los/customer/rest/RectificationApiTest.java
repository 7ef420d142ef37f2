package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.customer.CustomerEvents;
import no.los.customer.TestCustomers;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/** Rectification (Art. 16): fields corrected one by one, validated as at registration, announced without values. */
@QuarkusTest
class RectificationApiTest {

    @Test
    void anAgentRectifiesEveryFieldAndTheSuiteHearsWhichButNotWhat() {
        String customer = TestCustomers.registered();
        String newNationalId = SyntheticIdentities.nationalIdNumber();
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Kari Rettesen", "phone", "+47 411 11 111",
                "email", "kari.rettesen@example.no", "nationalIdNumber", newNationalId,
                "postalAddress", Map.of("street", "Rettveien 7", "postalCode", "0150", "city", "Oslo"),
                "requestId", requestId);

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON).body(body)
                .patch("/customers/" + customer)
                .then().statusCode(200)
                .body("fullName", equalTo("Kari Rettesen"))
                .body("phone", equalTo("+47 411 11 111"))
                .body("email", equalTo("kari.rettesen@example.no"))
                .body("address.street", equalTo("Rettveien 7"))
                .body("nationalIdNumber", equalTo("*********" + newNationalId.substring(9)));

        var record = CustomerEvents.await(customer, CustomerEvents.RECTIFIED, 1).get(0);
        JsonPath rectified = JsonPath.from(TopicRecords.value(record));
        assertEquals(customer, rectified.getString("customerId"));
        assertEquals(List.of("NAME", "POSTAL_ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"), rectified.getList("fields"));
        assertEquals(requestId, rectified.getString("requestId"));
        String payload = TopicRecords.value(record);
        for (String personal : List.of("Rettesen", "411 11 111", "example.no", "Rettveien", "0150", newNationalId,
                newNationalId.substring(9) + "\"")) {
            assertFalse(payload.contains(personal), "the event carries no personal value: " + payload);
        }
    }

    @Test
    void aCustomerRectifiesOwnContactDetailsButNotTheNationalIdNumber() {
        String customer = TestCustomers.registered();
        String token = TestTokens.customer(UUID.fromString(customer));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nationalIdNumber", SyntheticIdentities.nationalIdNumber(), "phone", "+47 422 22 222"))
                .patch("/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("nationalIdNumber")));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RECTIFIED));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("phone", "+47 422 22 222"))
                .patch("/me")
                .then().statusCode(200)
                .body("phone", equalTo("+47 422 22 222"))
                .body("email", equalTo("kari.testesen@example.no"));
        JsonPath rectified = CustomerEvents.single(customer, CustomerEvents.RECTIFIED);
        assertEquals(List.of("PHONE"), rectified.getList("fields"));
        assertNull(rectified.getString("requestId"));
    }

    @Test
    void eachFieldGivenIsValidatedAsAtRegistrationAndNothingChanges() {
        String customer = TestCustomers.registered();
        String valid = SyntheticIdentities.nationalIdNumber();
        String broken = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);

        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "email", "not-an-address", "phone", "call me",
                        "postalAddress", Map.of("street", "Gate 1", "postalCode", "46123", "city", "")))
                .patch("/customers/" + customer)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("email", "name", "phone", "postalAddress.city",
                        "postalAddress.postalCode")));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("nationalIdNumber", broken))
                .patch("/customers/" + customer)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("nationalIdNumber")))
                .body("errors[0].message", equalTo("second control digit does not match"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("requestId", "not-a-uuid", "name", "Kari"))
                .patch("/customers/" + customer)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("requestId")));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body("{}")
                .patch("/customers/" + customer)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("body")));

        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("fullName", equalTo("Kari Testesen"))
                .body("address.postalCode", equalTo("4612"));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RECTIFIED));
    }

    @Test
    void anotherCustomersNationalIdNumberIsAConflictAndAnUnknownCustomerIsNotFound() {
        String nationalId = SyntheticIdentities.nationalIdNumber();
        CustomerApiTest.register(nationalId);
        String customer = TestCustomers.registered();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("nationalIdNumber", nationalId))
                .patch("/customers/" + customer)
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("name", "Kari"))
                .patch("/customers/" + UUID.randomUUID())
                .then().statusCode(404);
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RECTIFIED));
    }

    @Test
    void aFormerCustomerWhoseContactDetailsWereErasedCanStillBeRectified() {
        String customer = TestCustomers.registered();
        LocalDate today = LocalDate.now(OsloCalendar.ZONE);
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                today.minusMonths(6));
        TestCustomers.terminate(customer, contract, today);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("email", "ny.adresse@example.no"))
                .patch("/customers/" + customer)
                .then().statusCode(200)
                .body("relationship.status", equalTo("FORMER"))
                .body("email", equalTo("ny.adresse@example.no"));
    }
}
