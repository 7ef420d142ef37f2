package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.CustomerEvents;
import no.los.customer.TestCustomers;
import no.los.customer.service.RelationshipCheck;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/** A contract's life over the API, and the relationship that ends with the customer's last contract. */
@QuarkusTest
class ContractApiTest {

    private static final LocalDate TODAY = LocalDate.now(OsloCalendar.ZONE);
    private static final LocalDate START = TODAY.minusMonths(10);

    @Inject
    RelationshipCheck relationshipCheck;

    @Test
    void anAgentStartsAContractAndItIsAnnouncedByIdsOnly() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);

        var created = given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "FASTPRIS", "startsOn", START.toString()))
                .post("/customers/" + customer + "/contracts")
                .then().statusCode(201)
                .body("customerId", equalTo(customer))
                .body("meteringPointId", equalTo(gsrn))
                .body("contractType", equalTo("FASTPRIS"))
                .body("startsOn", equalTo(START.toString()))
                .body("endsOn", nullValue())
                .body("status", equalTo("ACTIVE"))
                .extract();
        String contract = created.path("id");
        assertTrue(created.header("Location").endsWith("/customers/" + customer + "/contracts/" + contract));

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/customers/" + customer + "/contracts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(contract)));
        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).get("/me/contracts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(contract)));

        JsonPath started = CustomerEvents.single(customer, CustomerEvents.CONTRACT_STARTED);
        assertEquals(Map.of("customerId", customer, "contractId", contract, "meteringPointId", gsrn,
                "contractType", "FASTPRIS", "startsOn", START.toString()), started.getMap("$"));
    }

    @Test
    void aMeteringPointHasAtMostOneContractInForce() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        String first = TestCustomers.withContract(customer, gsrn, START);

        startContract(customer, gsrn, START.plusMonths(2))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:conflict"));

        TestCustomers.terminate(customer, first, TODAY.plusMonths(1));
        startContract(customer, gsrn, TODAY.plusMonths(1))
                .then().statusCode(409);
        startContract(customer, gsrn, TODAY.plusMonths(1).plusDays(1))
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE"));
        assertEquals(2L, contracts(customer));
    }

    @Test
    void aMeteringPointThatIsUnknownOrAnotherCustomersIsAProblemNamingIt() {
        String customer = TestCustomers.registered();
        String stranger = TestCustomers.registered();
        String strangersPoint = TestCustomers.withMeteringPoint(stranger);

        startContract(customer, strangersPoint, START)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("meteringPointId")))
                .body("errors[0].message", equalTo("is not one of this customer's metering points"));
        startContract(customer, "707057500012345678", START)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("meteringPointId")));
        assertEquals(0L, contracts(customer));
        assertEquals(0L, contracts(stranger));
    }

    @Test
    void badContractInputIsAProblemNamingEachField() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body("{}")
                .post("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("contractType", "meteringPointId", "startsOn")));
        Map<String, Object> unknownType = new HashMap<>(Map.of("meteringPointId", gsrn, "contractType", "GRATIS",
                "startsOn", START.toString()));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(unknownType)
                .post("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .body("errors.field", hasItem("contractType"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT", "startsOn", "2026-02-30"))
                .post("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .body("errors.field", hasItem("startsOn"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT", "startsOn", START.toString()))
                .post("/customers/" + UUID.randomUUID() + "/contracts")
                .then().statusCode(404);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT", "startsOn", TODAY.plusDays(366).toString()))
                .post("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("startsOn")))
                .body("errors.message", hasItem(containsString(TODAY.plusDays(365) + " (365 days from today)")));
        assertEquals(0L, contracts(customer));
    }

    @Test
    void aTerminationOutsideTheContractOrAYearAheadIsAProblemAndATerminatedContractCannotBeTerminatedAgain() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        String contract = TestCustomers.withContract(customer, gsrn, START);
        String path = "/customers/" + customer + "/contracts/" + contract + "/termination";

        terminate(path, START.minusDays(1)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("endsOn")))
                .body("errors[0].message", equalTo("must be on or after the day the contract starts"));
        terminate(path, TODAY.plusYears(1).plusDays(1)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("endsOn")))
                .body("errors[0].message", equalTo("must be at most one year ahead"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body("{}").post(path)
                .then().statusCode(400).body("errors.field", equalTo(List.of("endsOn")));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_TERMINATED));

        terminate(path, TODAY.plusYears(1)).then().statusCode(200)
                .body("endsOn", equalTo(TODAY.plusYears(1).toString()))
                .body("status", equalTo("TERMINATED"));
        terminate(path, TODAY.plusMonths(1)).then().statusCode(409)
                .contentType("application/problem+json");
        terminate("/customers/" + customer + "/contracts/" + UUID.randomUUID() + "/termination", TODAY)
                .then().statusCode(404);
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_TERMINATED));
    }

    @Test
    void anEndDateMoreThanNinetyDaysBackIsAProblemAndChangesNothing() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.minusYears(3));
        String path = "/customers/" + customer + "/contracts/" + contract + "/termination";

        terminate(path, TODAY.minusDays(91)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("endsOn")))
                .body("errors[0].message", equalTo("must be at most 90 days back"));
        terminate(path, TODAY.minusYears(2)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("endsOn")));

        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_TERMINATED));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED));
        assertEquals(1L, TestDatabase.number("customer_test", "select count(*) from contract where id = ?::uuid "
                + "and ends_on is null and terminated_at is null", contract));
        assertEquals(1L, TestDatabase.number("customer_test", "select count(*) from customer where id = ?::uuid "
                + "and relationship_ended_on is null and kept_until is null", customer));

        terminate(path, TODAY.minusDays(90)).then().statusCode(200)
                .body("status", equalTo("ENDED"));
        assertEquals(TODAY.minusDays(90).toString(),
                CustomerEvents.single(customer, CustomerEvents.RELATIONSHIP_ENDED).getString("endedOn"));
    }

    @Test
    void aCustomerCannotTerminateAnotherCustomersContract() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String other = TestCustomers.registered();
        given().auth().oauth2(TestTokens.customer(UUID.fromString(other))).contentType(ContentType.JSON)
                .body(Map.of("endsOn", TODAY.toString()))
                .post("/me/contracts/" + contract + "/termination")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().body("items[0].status", equalTo("ACTIVE"));
    }

    @Test
    void terminatingTheLastContractForTodayEndsTheRelationshipAndConfirmsWhatIsKept() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        String contract = TestCustomers.withContract(customer, gsrn, START);

        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).contentType(ContentType.JSON)
                .body(Map.of("endsOn", TODAY.toString()))
                .post("/me/contracts/" + contract + "/termination")
                .then().statusCode(200)
                .body("id", equalTo(contract))
                .body("endsOn", equalTo(TODAY.toString()))
                .body("status", equalTo("ENDED"));

        JsonPath terminated = CustomerEvents.single(customer, CustomerEvents.CONTRACT_TERMINATED);
        assertEquals(contract, terminated.getString("contractId"));
        assertEquals(gsrn, terminated.getString("meteringPointId"));
        assertEquals(TODAY.toString(), terminated.getString("endsOn"));

        JsonPath ended = CustomerEvents.single(customer, CustomerEvents.RELATIONSHIP_ENDED);
        assertEquals(Map.of("customerId", customer, "endedOn", TODAY.toString(), "lastContractId", contract),
                ended.getMap("$"));
        String endedEventId = relationshipEndedEventId(customer);

        JsonPath confirmation = CustomerEvents.single(customer, CustomerEvents.ERASURE_CONFIRMED);
        LocalDate keptUntil = LocalDate.of(TODAY.getYear() + 5, 12, 31);
        assertEquals("customer-service", confirmation.getString("service"));
        assertEquals("RELATIONSHIP_ENDED", confirmation.getString("trigger"));
        assertEquals(endedEventId, confirmation.getString("triggerEventId"));
        assertNull(confirmation.getString("requestId"));
        assertEquals(List.of(Map.of("category", "work-items", "count", 0)), confirmation.getList("deleted"));
        assertEquals(List.of(
                kept("customer-identity", 1, keptUntil), kept("postal-address", 1, keptUntil),
                kept("contact-details", 2, keptUntil), kept("login-account", 0, keptUntil), kept("contracts", 1, keptUntil),
                kept("metering-points", 1, keptUntil), kept("meter-history", 0, keptUntil),
                keptWithoutEnd("interaction-log", 0, "LEGAL_CLAIMS")),
                confirmation.getList("kept.findAll { it.category != 'access-log' }"));
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED));

        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().statusCode(200)
                .body("relationship.status", equalTo("FORMER"))
                .body("relationship.endedOn", equalTo(TODAY.toString()))
                .body("relationship.keptUntil", equalTo(keptUntil.toString()));
    }

    @Test
    void terminatingOneOfTwoContractsDoesNotEndTheRelationship() {
        String customer = TestCustomers.registered();
        String first = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String second = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);

        TestCustomers.terminate(customer, first, TODAY);
        CustomerEvents.await(customer, CustomerEvents.CONTRACT_TERMINATED, 1);
        relationshipCheck.endDueRelationships(TODAY.plusDays(1));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED),
                "an open contract keeps the relationship");
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("relationship.status", equalTo("ACTIVE"))
                .body("relationship.endedOn", nullValue());

        TestCustomers.terminate(customer, second, TODAY.minusDays(1));
        JsonPath ended = CustomerEvents.single(customer, CustomerEvents.RELATIONSHIP_ENDED);
        assertEquals(TODAY.toString(), ended.getString("endedOn"), "the relationship ends with the contract that ran longest");
        assertEquals(first, ended.getString("lastContractId"));
    }

    @Test
    void aLastContractEndingAheadEndsTheRelationshipWhenTheCheckRunsAfterItsDayOnce() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        LocalDate endsOn = TODAY.plusDays(20);
        TestCustomers.terminate(customer, contract, endsOn);
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().body("items[0].status", equalTo("TERMINATED"));

        relationshipCheck.endDueRelationships(endsOn.minusDays(1));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED), "not before its day");

        relationshipCheck.endDueRelationships(endsOn);
        relationshipCheck.endDueRelationships(endsOn.plusDays(1));

        JsonPath ended = CustomerEvents.single(customer, CustomerEvents.RELATIONSHIP_ENDED);
        assertEquals(endsOn.toString(), ended.getString("endedOn"));
        assertEquals(contract, ended.getString("lastContractId"));
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED), "ended exactly once");
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED), "confirmed exactly once");
        assertEquals("RELATIONSHIP_ENDED",
                CustomerEvents.single(customer, CustomerEvents.ERASURE_CONFIRMED).getString("trigger"));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("relationship.status", equalTo("FORMER"))
                .body("relationship.endedOn", equalTo(endsOn.toString()));
    }

    @Test
    void aCustomersContractsAreHandedOutAPageAtATimeOldestFirst() {
        String customer = TestCustomers.registered();
        String older = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String newer = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START.plusDays(1));

        String next = given().auth().oauth2(AGENT).queryParam("limit", 1).get("/customers/" + customer + "/contracts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(older)))
                .extract().path("next");
        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).queryParam("limit", 1)
                .queryParam("after", next).get("/me/contracts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(newer)))
                .body("next", nullValue());
    }

    @Test
    void aPageCursorThatNamesNoneOfTheCustomersContractsIsRefused() {
        String customer = TestCustomers.registered();
        TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        given().auth().oauth2(AGENT).queryParam("after", UUID.randomUUID().toString())
                .get("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("after")));
        given().auth().oauth2(AGENT).queryParam("limit", 0).get("/customers/" + customer + "/contracts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("limit")));
    }

    @Test
    void aNewContractMakesAFormerCustomerACustomerAgain() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        TestCustomers.terminate(customer, TestCustomers.withContract(customer, gsrn, START), TODAY.minusDays(2));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then().body("relationship.status", equalTo("FORMER"));

        TestCustomers.withContract(customer, gsrn, TODAY);
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("relationship.status", equalTo("ACTIVE"))
                .body("relationship.keptUntil", nullValue());
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().body("items", hasSize(2))
                .body("items.status", equalTo(List.of("ENDED", "ACTIVE")));
    }

    @Test
    void aCustomerCancelsAContractBeforeItStartsAndItIsAnnouncedByIdsOnly() {
        String customer = TestCustomers.registered();
        TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String gsrn = TestCustomers.withMeteringPoint(customer);
        String contract = TestCustomers.withContract(customer, gsrn, TODAY.plusDays(30));

        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer)))
                .post("/me/contracts/" + contract + "/cancellation")
                .then().statusCode(200)
                .body("id", equalTo(contract))
                .body("cancelledOn", equalTo(TODAY.toString()))
                .body("endsOn", nullValue())
                .body("status", equalTo("CANCELLED"));

        JsonPath cancelled = CustomerEvents.single(customer, CustomerEvents.CONTRACT_CANCELLED);
        assertEquals(List.of("cancelledAt", "cancelledOn", "contractId", "customerId", "meteringPointId"),
                cancelled.getMap("$").keySet().stream().sorted().toList());
        assertEquals(contract, cancelled.getString("contractId"));
        assertEquals(gsrn, cancelled.getString("meteringPointId"));
        assertEquals(TODAY.toString(), cancelled.getString("cancelledOn"));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED),
                "the contract in force keeps the relationship");

        startContract(customer, gsrn, TODAY.plusDays(30)).then().statusCode(201);
    }

    @Test
    void aCancelledContractCannotBeCancelledAgainNorTerminated() {
        String customer = TestCustomers.registered();
        TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.plusDays(1));
        String path = "/customers/" + customer + "/contracts/" + contract;
        given().auth().oauth2(AGENT).post(path + "/cancellation").then().statusCode(200);

        given().auth().oauth2(AGENT).post(path + "/cancellation")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already cancelled"));
        terminate(path + "/termination", TODAY.plusDays(5))
                .then().statusCode(409)
                .body("detail", containsString("cancelled"));
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_CANCELLED));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_TERMINATED));
    }

    @Test
    void aContractThatHasStartedCannotBeCancelledAndStaysAsItWas() {
        String customer = TestCustomers.registered();
        String started = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), START);
        String today = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), TODAY);

        for (String contract : List.of(started, today)) {
            given().auth().oauth2(AGENT).post("/customers/" + customer + "/contracts/" + contract + "/cancellation")
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("terminate it instead"));
        }
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().body("items.status", equalTo(List.of("ACTIVE", "ACTIVE")))
                .body("items.cancelledOn", equalTo(Arrays.asList(null, null)));
        assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.CONTRACT_CANCELLED));
    }

    @Test
    void cancellingTheOnlyContractEndsTheRelationshipOnTheDayOfCancelling() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.plusDays(14));

        given().auth().oauth2(AGENT).post("/customers/" + customer + "/contracts/" + contract + "/cancellation")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        JsonPath ended = CustomerEvents.single(customer, CustomerEvents.RELATIONSHIP_ENDED);
        assertEquals(Map.of("customerId", customer, "endedOn", TODAY.toString(), "lastContractId", contract),
                ended.getMap("$"));
        assertEquals("RELATIONSHIP_ENDED",
                CustomerEvents.single(customer, CustomerEvents.ERASURE_CONFIRMED).getString("trigger"));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("relationship.status", equalTo("FORMER"))
                .body("relationship.endedOn", equalTo(TODAY.toString()));
        relationshipCheck.endDueRelationships(TODAY.plusDays(1));
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.RELATIONSHIP_ENDED), "ended exactly once");
    }

    @Test
    void aCustomerCannotCancelAnotherCustomersContract() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.plusDays(10));
        String other = TestCustomers.registered();
        given().auth().oauth2(TestTokens.customer(UUID.fromString(other)))
                .post("/me/contracts/" + contract + "/cancellation")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/contracts")
                .then().body("items[0].status", equalTo("ACTIVE"));
    }

    private static Map<String, Object> keptWithoutEnd(String category, int count, String reason) {
        Map<String, Object> kept = new HashMap<>(Map.of("category", category, "count", count, "reason", reason));
        kept.put("until", null);
        return kept;
    }

    private static Map<String, Object> kept(String category, int count, LocalDate until) {
        return Map.of("category", category, "count", count, "reason", "BOOKKEEPING_ACT", "until", until.toString());
    }

    private static Response startContract(String customer, String gsrn, LocalDate startsOn) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT", "startsOn", startsOn.toString()))
                .post("/customers/" + customer + "/contracts");
    }

    private static Response terminate(String path, LocalDate endsOn) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("endsOn", endsOn.toString())).post(path);
    }

    private static long contracts(String customer) {
        return TestDatabase.number("customer_test", "select count(*) from contract where customer_id = ?::uuid",
                customer);
    }

    private static String relationshipEndedEventId(String customer) {
        List<ConsumerRecord<String, byte[]>> ended = CustomerEvents.await(customer, CustomerEvents.RELATIONSHIP_ENDED, 1);
        return TopicRecords.header(ended.get(0), "ce_id");
    }
}
