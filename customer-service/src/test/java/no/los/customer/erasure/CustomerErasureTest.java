package no.los.customer.erasure;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.customer.CustomerEvents;
import no.los.customer.TestCustomers;
import no.los.customer.privacy.RetentionErasureJob;
import no.los.customer.service.RelationshipCheck;
import no.los.platform.test.Await;
import no.los.platform.test.LoginAccountsStandIn;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/**
 * customer-service's part of the erasure protocol: what an erasure request deletes for a former
 * customer, a customer under contract and one who never had a contract, and how the retention job
 * deletes a former customer once the Bookkeeping Act no longer keeps it. Each answered with one confirmation.
 */
@QuarkusTest
class CustomerErasureTest {

    private static final LocalDate TODAY = LocalDate.now(OsloCalendar.ZONE);
    private static final LocalDate KEPT_UNTIL = LocalDate.of(TODAY.getYear() + 5, 12, 31);

    @Inject
    RetentionErasureJob retention;

    @Inject
    RelationshipCheck relationshipCheck;

    @Test
    void aFormerCustomerLosesTheContactDetailsAndKeepsWhatBookkeepingNeeds() {
        String customer = formerCustomer();

        String requestId = requestErasure(customer);
        JsonPath confirmation = confirmationOf(customer, requestId);

        assertEquals("ERASURE_REQUESTED", confirmation.getString("trigger"));
        assertEquals(List.of(deleted("contact-details", 2), deleted("login-account", 1), deleted("work-items", 0),
                deleted("interaction-log", 0)), confirmation.getList("deleted"));
        assertEquals(0, LoginAccountsStandIn.running().accountsOf(UUID.fromString(customer)),
                "the login account is removed at the identity provider");
        assertEquals(List.of(
                kept("customer-identity", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("postal-address", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("contracts", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("metering-points", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("meter-history", 0, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("interaction-log", 0, "LEGAL_CLAIMS", null)),
                confirmation.getList("kept.findAll { it.category != 'access-log' }"));
        assertEquals(0L, count("select count(*) from customer where id = ?::uuid and (email is not null or phone is not null)",
                customer));
        assertEquals(1L, count("select count(*) from customer where id = ?::uuid", customer));
        assertEquals(1L, count("select count(*) from contract where customer_id = ?::uuid", customer));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().statusCode(200)
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("address.city", equalTo("Kristiansand"));
    }

    @Test
    void whileTheIdentityProviderIsDownTheErasureWaitsAndIsConfirmedWithTheLoginOnceItAnswers() {
        String customer = TestCustomers.registered();
        LoginAccountsStandIn.running().plantUser(UUID.fromString(customer));
        LoginAccountsStandIn.running().failing(true);
        String requestId;
        try {
            requestId = requestErasure(customer);
            Await.until("the erasure was attempted", Duration.ofSeconds(30),
                    () -> LoginAccountsStandIn.running().refusedCalls() > 0);
            assertEquals(0L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED),
                    "not confirmed without the login account");
            assertEquals(1L, count("select count(*) from customer where id = ?::uuid", customer),
                    "and nothing deleted meanwhile: the transaction rolled back");
        } finally {
            LoginAccountsStandIn.running().failing(false);
        }

        JsonPath confirmation = confirmationOf(customer, requestId);
        assertEquals(1, confirmation.getInt("deleted.find { it.category == 'login-account' }.count"));
        assertEquals(0L, count("select count(*) from customer where id = ?::uuid", customer));
    }

    @Test
    void aRedeliveredRequestIsCarriedOutAndConfirmedOnce() {
        String customer = formerCustomer();
        String eventId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        TopicRecords.send(erasureRequest(eventId, requestId, customer));
        TopicRecords.send(erasureRequest(eventId, requestId, customer));
        String later = requestErasure(customer); // behind both in the customer's partition

        JsonPath laterConfirmation = confirmationOf(customer, later);
        assertEquals(List.of(deleted("contact-details", 0), deleted("login-account", 0), deleted("work-items", 0),
                deleted("interaction-log", 0)), laterConfirmation.getList("deleted"),
                "nothing left to delete the second time");
        assertEquals(1, confirmations(customer).stream()
                .filter(confirmation -> requestId.equals(confirmation.getString("requestId"))).count());
    }

    @Test
    void aCustomerWithAContractInForceKeepsEverythingWhileItIsInForce() {
        String customer = TestCustomers.registered();
        LoginAccountsStandIn.running().plantUser(UUID.fromString(customer));
        TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer), TODAY.minusMonths(3));

        JsonPath confirmation = confirmationOf(customer, requestErasure(customer));

        assertEquals(List.of(), confirmation.getList("deleted"));
        assertEquals(List.of(
                kept("customer-identity", 1, "CONTRACT_IN_FORCE", null),
                kept("postal-address", 1, "CONTRACT_IN_FORCE", null),
                kept("contact-details", 2, "CONTRACT_IN_FORCE", null),
                kept("login-account", 1, "CONTRACT_IN_FORCE", null),
                kept("contracts", 1, "CONTRACT_IN_FORCE", null),
                kept("metering-points", 1, "CONTRACT_IN_FORCE", null),
                kept("meter-history", 0, "CONTRACT_IN_FORCE", null),
                kept("work-items", 0, "CONTRACT_IN_FORCE", null),
                kept("interaction-log", 0, "CONTRACT_IN_FORCE", null)),
                confirmation.getList("kept.findAll { it.category != 'access-log' }"));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("email", equalTo("kari.testesen@example.no"));
        assertEquals(1L, count("select count(*) from customer where id = ?::uuid and erasure_requested_at is not null",
                customer), "the request is remembered for the relationship's end");
    }

    @Test
    void aRequestMadeWhileAContractWasInForceDeletesTheContactDetailsWhenTheRelationshipEnds() {
        String customer = TestCustomers.registered();
        LoginAccountsStandIn.running().plantUser(UUID.fromString(customer));
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.minusMonths(3));
        confirmationOf(customer, requestErasure(customer));

        TestCustomers.terminate(customer, contract, TODAY);

        JsonPath confirmation = relationshipEndedConfirmation(customer);
        assertEquals(List.of(deleted("contact-details", 2), deleted("login-account", 1), deleted("work-items", 0)),
                confirmation.getList("deleted"));
        assertEquals(0, LoginAccountsStandIn.running().accountsOf(UUID.fromString(customer)));
        assertEquals(List.of(
                kept("customer-identity", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("postal-address", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("contracts", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("metering-points", 1, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("meter-history", 0, "BOOKKEEPING_ACT", KEPT_UNTIL),
                kept("interaction-log", 0, "LEGAL_CLAIMS", null)),
                confirmation.getList("kept.findAll { it.category != 'access-log' }"));
        assertEquals(1L, count("select count(*) from customer where id = ?::uuid and email is null and phone is null "
                + "and erasure_requested_at is null", customer));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().statusCode(200)
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("relationship.status", equalTo("FORMER"));
    }

    @Test
    void aRememberedRequestIsCarriedOutWhenTheRelationshipCheckEndsTheRelationship() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.minusMonths(3));
        LocalDate endsOn = TODAY.plusDays(10);
        TestCustomers.terminate(customer, contract, endsOn);
        confirmationOf(customer, requestErasure(customer));
        assertEquals(1L, count("select count(*) from customer where id = ?::uuid and email is not null and phone is not null",
                customer), "kept while the contract runs");

        relationshipCheck.endDueRelationships(endsOn);

        JsonPath confirmation = relationshipEndedConfirmation(customer);
        assertEquals(List.of(deleted("contact-details", 2), deleted("login-account", 0), deleted("work-items", 0)),
                confirmation.getList("deleted"),
                "a customer who never logged in has no login account to remove");
        assertEquals(List.of("customer-identity", "postal-address", "contracts", "metering-points", "meter-history",
                "interaction-log"),
                confirmation.getList("kept.findAll { it.category != 'access-log' }.category"));
        assertEquals(0L, count("select count(*) from customer where id = ?::uuid and (email is not null or phone is not null)",
                customer));
    }

    @Test
    void aCustomerWhoNeverHadAContractIsDeletedEntirely() {
        String customer = TestCustomers.registered();
        LoginAccountsStandIn.running().plantUser(UUID.fromString(customer));
        String gsrn = TestCustomers.withMeteringPoint(customer);

        JsonPath confirmation = confirmationOf(customer, requestErasure(customer));

        assertEquals(List.of(deleted("customer-identity", 1), deleted("postal-address", 1),
                deleted("contact-details", 2), deleted("contracts", 0), deleted("metering-points", 1),
                deleted("meter-history", 0), deleted("interaction-log", 0), deleted("work-items", 0),
                deleted("login-account", 1)), confirmation.getList("deleted"));
        assertEquals(List.of("access-log"), confirmation.getList("kept.category"),
                "nothing of the customer is kept but the log of who touched it");
        assertEquals("ACCESS_LOG", confirmation.getString("kept[0].reason"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(1095).toString(), confirmation.getString("kept[0].until"),
                "three years from the last entry, which the registration just made");
        assertEquals(0L, count("select count(*) from customer where id = ?::uuid", customer));
        assertEquals(0L, count("select count(*) from metering_point where id = ?", gsrn));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then().statusCode(404);
    }

    @Test
    void anUnknownCustomerIsConfirmedWithNothingDeletedSoTheRequestIsNotLeftWaiting() {
        String stranger = UUID.randomUUID().toString();

        JsonPath confirmation = confirmationOf(stranger, requestErasure(stranger));

        assertEquals(List.of(deleted("customer-identity", 0), deleted("postal-address", 0),
                deleted("contact-details", 0), deleted("contracts", 0), deleted("metering-points", 0),
                deleted("meter-history", 0), deleted("interaction-log", 0), deleted("work-items", 0)),
                confirmation.getList("deleted"));
        assertEquals(List.of(), confirmation.getList("kept.findAll { it.category != 'access-log' }"));
    }

    @Test
    void theRetentionJobDeletesAFormerCustomerOnlyAfterTheKeepUntilDay() {
        String customer = formerCustomer();
        String gsrn = onlyMeteringPoint(customer);

        retention.deleteExpired(KEPT_UNTIL);
        assertEquals(1L, count("select count(*) from customer where id = ?::uuid", customer), "kept through its last day");
        assertEquals(1L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED), "only the relationship end");

        retention.deleteExpired(KEPT_UNTIL.plusDays(1));
        retention.deleteExpired(KEPT_UNTIL.plusDays(2));

        assertEquals(0L, count("select count(*) from customer where id = ?::uuid", customer));
        assertEquals(0L, count("select count(*) from contract where customer_id = ?::uuid", customer));
        assertEquals(0L, count("select count(*) from metering_point where id = ?", gsrn));
        List<JsonPath> expired = confirmations(customer).stream()
                .filter(confirmation -> "RETENTION_EXPIRED".equals(confirmation.getString("trigger"))).toList();
        assertEquals(1, expired.size(), "deleted and confirmed once");
        JsonPath confirmation = expired.get(0);
        UUID.fromString(confirmation.getString("triggerEventId"));
        assertNull(confirmation.getString("requestId"));
        assertEquals(List.of(deleted("customer-identity", 1), deleted("postal-address", 1),
                deleted("contact-details", 2), deleted("contracts", 1), deleted("metering-points", 1),
                deleted("meter-history", 0), deleted("interaction-log", 0), deleted("work-items", 0),
                deleted("login-account", 1)), confirmation.getList("deleted"), "the login kept with the record goes with it");
        assertEquals(List.of(), confirmation.getList("kept.findAll { it.category != 'access-log' }"));
        assertEquals(2L, CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED));
    }

    @Test
    void aFormerCustomersRequestErasesTheClosedCasesAndKeepsTheOpenOneUntilItCloses() {
        String customer = TestCustomers.registered();
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.minusYears(1));
        interaction(customer, "SAK-DONE", "Spurte om fakturaen.");
        interaction(customer, "SAK-DONE", "Fikk svar.");
        given().auth().oauth2(AGENT).post("/customers/" + customer + "/cases/SAK-DONE/closure").then().statusCode(200);
        interaction(customer, "SAK-OPEN", "Klager på sluttoppgjøret.");
        TestCustomers.terminate(customer, contract, TODAY);

        JsonPath ended = relationshipEndedConfirmation(customer);
        assertEquals(Map.of("category", "interaction-log", "count", 3, "reason", "LEGAL_CLAIMS"),
                withoutUntil(ended.getMap("kept.find { it.category == 'interaction-log' }")),
                "the log outlives the relationship as evidence");
        assertEquals(KEPT_UNTIL.toString(), ended.getString("kept.find { it.category == 'interaction-log' }.until"),
                "a case is still open: kept at the latest as long as the customer record");

        JsonPath confirmation = confirmationOf(customer, requestErasure(customer));
        assertEquals(2, confirmation.getInt("deleted.find { it.category == 'interaction-log' }.count"),
                "the closed case goes on request");
        assertEquals(Map.of("category", "interaction-log", "count", 1, "reason", "LEGAL_CLAIMS"),
                withoutUntil(confirmation.getMap("kept.find { it.category == 'interaction-log' }")),
                "the open case stays until it is closed");
        assertEquals(List.of("SAK-OPEN"), given().auth().oauth2(AGENT).get("/customers/" + customer + "/interactions")
                .then().statusCode(200).extract().jsonPath().getList("items.caseReference"));
    }

    private static void interaction(String customer, String caseReference, String summary) {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "direction", "INBOUND", "occurredAt", OffsetDateTime.now().minusHours(1)
                        .toString(), "caseReference", caseReference, "summary", summary))
                .post("/customers/" + customer + "/interactions").then().statusCode(201);
    }

    private static Map<String, Object> withoutUntil(Map<String, Object> kept) {
        Map<String, Object> rest = new HashMap<>(kept);
        rest.remove("until");
        return rest;
    }

    /**
     * A customer with a login account whose only contract ended today: a former customer, kept until
     * {@link #KEPT_UNTIL}.
     */
    private static String formerCustomer() {
        String customer = TestCustomers.registered();
        LoginAccountsStandIn.running().plantUser(UUID.fromString(customer));
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                TODAY.minusYears(1));
        TestCustomers.terminate(customer, contract, TODAY);
        return customer;
    }

    /** The one confirmation of the relationship's end, once it arrived; it conforms to its schema. */
    private static JsonPath relationshipEndedConfirmation(String customer) {
        Await.until("customer-service confirmed the relationship end", Duration.ofSeconds(30),
                () -> count("select count(*) from outbox_event where record_key = ? and type = ? "
                        + "and payload ->> 'trigger' = 'RELATIONSHIP_ENDED'", customer, CustomerEvents.ERASURE_CONFIRMED) > 0);
        List<JsonPath> found = confirmations(customer).stream()
                .filter(confirmation -> "RELATIONSHIP_ENDED".equals(confirmation.getString("trigger"))).toList();
        assertEquals(1, found.size(), "one confirmation answers the relationship end");
        return found.get(0);
    }

    private static String onlyMeteringPoint(String customer) {
        return given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().extract().path("meteringPoints[0].meteringPointId");
    }

    /** dsar-service's request-received event for an erasure; answers the request id. */
    private static String requestErasure(String customer) {
        String requestId = UUID.randomUUID().toString();
        TopicRecords.send(erasureRequest(UUID.randomUUID().toString(), requestId, customer));
        return requestId;
    }

    private static ProducerRecord<String, byte[]> erasureRequest(String eventId, String requestId,
            String customer) {
        return RightsEvents.requestReceived(eventId, UUID.fromString(customer), UUID.fromString(requestId), "ERASURE");
    }

    /** The confirmation answering the request, once it arrived; it conforms to its schema. */
    private static JsonPath confirmationOf(String customer, String requestId) {
        Await.until("customer-service confirmed request " + requestId, Duration.ofSeconds(30),
                () -> count("select count(*) from outbox_event where record_key = ? and type = ? "
                        + "and payload ->> 'requestId' = ?", customer, CustomerEvents.ERASURE_CONFIRMED, requestId) > 0);
        List<JsonPath> found = confirmations(customer).stream()
                .filter(confirmation -> requestId.equals(confirmation.getString("requestId"))).toList();
        assertEquals(1, found.size(), "one confirmation answers the request");
        assertEquals("customer-service", found.get(0).getString("service"));
        return found.get(0);
    }

    private static List<JsonPath> confirmations(String customer) {
        return confirmations(CustomerEvents.await(customer, CustomerEvents.ERASURE_CONFIRMED,
                (int) CustomerEvents.committed(customer, CustomerEvents.ERASURE_CONFIRMED)));
    }

    private static List<JsonPath> confirmations(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> JsonPath.from(TopicRecords.value(record))).toList();
    }

    private static Map<String, Object> deleted(String category, int count) {
        return Map.of("category", category, "count", count);
    }

    private static Map<String, Object> kept(String category, int count, String reason, LocalDate until) {
        Map<String, Object> kept = new HashMap<>(Map.of("category", category, "count", count, "reason", reason));
        kept.put("until", until == null ? null : until.toString());
        return kept;
    }

    private static long count(String sql, Object... parameters) {
        return TestDatabase.number("customer_test", sql, parameters);
    }
}
