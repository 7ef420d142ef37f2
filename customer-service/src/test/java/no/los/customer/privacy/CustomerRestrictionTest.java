package no.los.customer.privacy;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.customer.TestCustomers;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.Await;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/**
 * Restriction (Art. 18) and rectification requests in customer-service. While restricted, the
 * customer relationship is frozen: the data stays, and only the privacy officer changes it, to settle
 * the restriction. A rectification that a request asked for is answered with the categories changed.
 */
@QuarkusTest
class CustomerRestrictionTest {

    private static final String PRIVACY_OFFICER = TestTokens.withRoles("privacy-officer");
    private static final List<String> FROZEN = List.of("customer-identity", "postal-address", "contact-details",
            "contracts", "metering-points", "meter-history");

    @Test
    void whileRestrictedOnlyThePrivacyOfficerChangesTheCustomerAndLiftingUnfreezesIt() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        UUID person = UUID.fromString(customer);
        UUID request = UUID.randomUUID();

        TopicRecords.send(RightsEvents.requestReceived(person, request, "RESTRICTION"));
        JsonPath answer = RightsEvents.answers(EventTopic.CUSTOMER, EventTypes.RIGHTS_ANSWERED, person, request).get(0);
        assertEquals("RESTRICTION", answer.getString("requestType"));
        assertEquals(FROZEN, answer.getList("categories"));

        rectify(AGENT, customer, Map.of("phone", "+47 411 22 333")).then().statusCode(409)
                .body("detail", containsString("restricted in customer-service"));
        given().auth().oauth2(TestTokens.customer(person)).contentType(ContentType.JSON)
                .body(Map.of("phone", "+47 411 22 333")).patch("/me").then().statusCode(409);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT",
                        "startsOn", LocalDate.now(OsloCalendar.ZONE).toString()))
                .post("/customers/" + customer + "/contracts").then().statusCode(409);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", SyntheticIdentities.meteringPointId(), "meterNumber", "6970631401234568",
                        "priceArea", "NO2"))
                .post("/customers/" + customer + "/metering-points").then().statusCode(409);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meterNumber", "6970631409999999", "swappedOn", LocalDate.now(OsloCalendar.ZONE).toString()))
                .post("/customers/" + customer + "/metering-points/" + gsrn + "/meter-swaps").then().statusCode(409);
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().statusCode(200).body("phone", equalTo("+47 400 00 000")).body("meteringPoints.size()", equalTo(1))
                .body("meteringPoints[0].meterSwaps", equalTo(List.of()));
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().statusCode(200).body("items", equalTo(List.of()));

        rectify(PRIVACY_OFFICER, customer, Map.of("phone", "+47 411 22 333")).then().statusCode(200)
                .body("phone", equalTo("+47 411 22 333"));
        given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200)
                .body("categories.find { it.category.name == 'processing-restriction' }.records[0].requestId",
                        equalTo(request.toString()));

        TopicRecords.send(RightsEvents.restrictionLifted(person, request));
        JsonPath lifted = RightsEvents.answers(EventTopic.CUSTOMER, EventTypes.RESTRICTION_LIFT_CONFIRMED, person, request)
                .get(0);
        assertEquals(FROZEN, lifted.getList("categories"));
        rectify(AGENT, customer, Map.of("phone", "+47 422 33 444")).then().statusCode(200);
        given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).body("categories.find { it.category.name == 'processing-restriction' }.records",
                        equalTo(List.of()));
    }

    @Test
    void aRestrictionDeliveredTwiceIsAnsweredOnceAndAnotherRequestsLiftingLiftsNothing() {
        String customer = TestCustomers.registered();
        UUID person = UUID.fromString(customer);
        UUID request = UUID.randomUUID();
        var restriction = RightsEvents.requestReceived(person, request, "RESTRICTION");
        TopicRecords.send(restriction);
        TopicRecords.send(restriction); // delivered again, under the same event id
        TopicRecords.send(RightsEvents.restrictionLifted(person, UUID.randomUUID()));
        RightsEvents.answers(EventTopic.CUSTOMER, EventTypes.RIGHTS_ANSWERED, person, request);
        Await.until("the lifting of another request is handled", Duration.ofSeconds(30),
                () -> committed(customer, EventTypes.RESTRICTION_LIFT_CONFIRMED) == 1);

        assertEquals(1, committed(customer, EventTypes.RIGHTS_ANSWERED), "the same event is answered once");
        rectify(AGENT, customer, Map.of("phone", "+47 411 22 333")).then().statusCode(409);
    }

    @Test
    void aRectificationAskedForByARequestIsAnsweredWithTheCategoriesItChanged() {
        String customer = TestCustomers.registered();
        UUID person = UUID.fromString(customer);
        UUID request = UUID.randomUUID();
        rectify(AGENT, customer, Map.of("postalAddress", Map.of("street", "Rettveien 7", "postalCode", "0150",
                "city", "Oslo"), "email", "kari.rettet@example.no", "requestId", request.toString()))
                .then().statusCode(200);

        JsonPath answer = RightsEvents.answers(EventTopic.CUSTOMER, EventTypes.RIGHTS_ANSWERED, person, request).get(0);
        assertEquals("RECTIFICATION", answer.getString("requestType"));
        assertEquals(List.of("postal-address", "contact-details"), answer.getList("categories"));
    }

    private static long committed(String customer, String type) {
        return TestDatabase.number("customer_test", "select count(*) from outbox_event where record_key = ? and type = ?",
                customer, type);
    }

    private static io.restassured.response.Response rectify(String token, String customer, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/customers/" + customer);
    }
}
