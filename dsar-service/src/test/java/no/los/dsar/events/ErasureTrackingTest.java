package no.los.dsar.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.ErasureConfirmed;
import no.los.dsar.RequestType;
import no.los.dsar.StaffRequests;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * The erasure protocol as dsar-service follows it: an erasure request waits for a confirmation from
 * every service, each arriving on that service's own topic; the last one completes the request.
 * Every confirmation is kept as a receipt, whatever triggered it.
 */
@QuarkusTest
class ErasureTrackingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> SERVICES = List.of("consent-service", "consumption-service", "customer-service",
            "marketing-service");
    private static final LocalDate END_OF_BOOKKEEPING = LocalDate.of(2031, 12, 31);

    @Test
    void onceCustomerServiceHasErasedTheCustomerStaffCanRegisterNoFurtherRequestForThemButTheRecordStays() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ERASURE", "channel", "EMAIL"))
                .post("/requests").then().statusCode(201).extract().path("id");
        StaffRequests.release(id, RequestType.ERASURE);

        ErasureConfirmed.ofRequest(EventTopic.CONSENT, customer, id)
                .kept("consent-evidence", 2, "CONSENT_EVIDENCE", LocalDate.of(2029, 6, 30)).send();
        Await.until("consent-service has confirmed", PATIENCE, () -> confirmedServices(id) == 1);
        assertTrue(KnownCustomerFixture.known("dsar_test", customer), "another service's confirmation changes nothing");

        ErasureConfirmed.ofRequest(EventTopic.CUSTOMER, customer, id).deleted("contact-details", 3).send();
        Await.until("customer-service has confirmed", PATIENCE, () -> confirmedServices(id) == 2);

        assertFalse(KnownCustomerFixture.known("dsar_test", customer));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ACCESS", "channel", "LETTER"))
                .post("/requests").then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200).body("erasure.services.findAll { it.status == 'CONFIRMED' }", hasSize(2));
    }

    @Test
    void anErasureRequestWaitsForEveryServiceAndIsCompletedByTheLastConfirmation() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ERASURE", "channel", "EMAIL"))
                .post("/requests")
                .then().statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("overdue", equalTo(false))
                .body("erasure.status", equalTo("IN_PROGRESS"))
                .body("erasure.late", equalTo(false))
                .body("erasure.services.service", contains(SERVICES.toArray()))
                .body("erasure.services.status", everyItem(equalTo("PENDING")))
                .extract().path("id");
        StaffRequests.release(id, RequestType.ERASURE);

        ErasureConfirmed.ofRequest(EventTopic.CUSTOMER, customer, id)
                .deleted("contact-details", 3)
                .kept("customer-identity", 1, "BOOKKEEPING_ACT", END_OF_BOOKKEEPING).send();
        ErasureConfirmed.ofRequest(EventTopic.CONSENT, customer, id)
                .deleted("cookie-consents", 0)
                .kept("consent-evidence", 4, "CONSENT_EVIDENCE", LocalDate.of(2029, 6, 30)).send();
        ErasureConfirmed.ofRequest(EventTopic.CONSUMPTION, customer, id)
                .deleted("app-profile", 1)
                .kept("hourly-readings", 8760, "BOOKKEEPING_ACT", END_OF_BOOKKEEPING).send();
        Await.until("three services have confirmed", PATIENCE, () -> confirmedServices(id) == 3);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("completedAt", nullValue())
                .body("erasure.status", equalTo("IN_PROGRESS"))
                .body("erasure.services.find { it.service == 'marketing-service' }.status", equalTo("PENDING"));

        ErasureConfirmed.ofRequest(EventTopic.MARKETING, customer, id)
                .deleted("newsletter-address", 1)
                .kept("suppression-hash", 1, "MARKETING_SUPPRESSION", null).send();
        Await.until("every service has confirmed", PATIENCE, () -> confirmedServices(id) == 4);

        JsonPath request = given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", notNullValue())
                .body("erasure.status", equalTo("COMPLETED"))
                .body("erasure.late", equalTo(false))
                .body("erasure.services.confirmedAt", everyItem(notNullValue()))
                .extract().jsonPath();
        assertEquals(List.of(Map.of("category", "contact-details", "count", 3)),
                request.getList("erasure.services.find { it.service == 'customer-service' }.deleted"));
        assertEquals(List.of(Map.of("category", "customer-identity", "count", 1, "reason", "BOOKKEEPING_ACT",
                "until", "2031-12-31")),
                request.getList("erasure.services.find { it.service == 'customer-service' }.kept"));
        assertEquals(0, request.getInt("erasure.services.find { it.service == 'consent-service' }.deleted[0].count"));
        assertEquals(8760, request.getInt("erasure.services.find { it.service == 'consumption-service' }.kept[0].count"));
        Map<String, Object> suppression = request.getMap("erasure.services.find { it.service == 'marketing-service' }.kept[0]");
        assertEquals("MARKETING_SUPPRESSION", suppression.get("reason"));
        assertEquals(null, suppression.get("until"), "a suppression entry has no fixed end");

        // The customer follows the same request on Min side; nobody else can.
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id)
                .then().statusCode(200)
                .body("erasure.status", equalTo("COMPLETED"))
                .body("erasure.services.status", everyItem(equalTo("CONFIRMED")));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items.erasure.status", contains("COMPLETED"));
        // The completion is a letter the customer reads there too, once, and the request can no longer be refused.
        String letter = given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/letters")
                .then().statusCode(200).body("items.kind", contains("COMPLETION")).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.customer(customer)).accept("text/html")
                .get("/me/requests/" + id + "/letters/" + letter)
                .then().statusCode(200)
                .body(containsString("Henvendelsen din er besvart"))
                .body(containsString("tjenester har bekreftet slettingen"))
                .body(containsString("Datatilsynet, Postboks 8177, 0034 OSLO"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(Map.of("ground", "EXCESSIVE", "reasons", "For sent.")).post("/requests/" + id + "/refusal")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/requests/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCustomersOwnErasureRequestWaitsForEveryService() {
        UUID customer = UUID.randomUUID();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post("/me/requests")
                .then().statusCode(201)
                .body("submittedBy", equalTo("DATA_SUBJECT"))
                .body("erasure.status", equalTo("IN_PROGRESS"))
                .body("erasure.services", hasSize(4))
                .body("erasure.services.status", everyItem(equalTo("PENDING")))
                .body("erasure.services.deleted", everyItem(hasSize(0)));
    }

    @Test
    void otherRequestsCarryNoErasurePart() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS"))
                .post("/me/requests")
                .then().statusCode(201)
                .body("$", not(hasKey("erasure")));
    }

    @Test
    void aConfirmationDeliveredAgainChangesNothing() {
        UUID customer = UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE"))
                .post("/me/requests")
                .then().statusCode(201).extract().path("id");
        ErasureConfirmed first = ErasureConfirmed.ofRequest(EventTopic.MARKETING, customer, id)
                .deleted("newsletter-address", 1);
        ProducerRecord<String, byte[]> record = first.record();
        TopicRecords.send(record);
        Await.until("marketing has confirmed", PATIENCE, () -> confirmedServices(id) == 1);
        String confirmedAt = given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + id)
                .then().extract().path("erasure.services.find { it.service == 'marketing-service' }.confirmedAt");

        // The same record redelivered, and the same confirmation republished under a new event id
        // with other counts: the first receipt stands.
        TopicRecords.send(record);
        ErasureConfirmed.ofRequest(EventTopic.MARKETING, customer, id).triggerEventId(first.triggerEventId())
                .deleted("newsletter-address", 99).send();
        // Behind them in the customer's partition: once this one is in, the copies have been handled.
        ErasureConfirmed.on(EventTopic.MARKETING, customer, "ADDRESS_BOUNCED").deleted("newsletter-address", 0).send();
        Await.until("the marker has arrived", PATIENCE, () -> receiptsOf(customer).getList("items").size() == 2);

        assertEquals(List.of("ADDRESS_BOUNCED", "ERASURE_REQUESTED").stream().sorted().toList(),
                receiptsOf(customer).getList("items.trigger", String.class).stream().sorted().toList());
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("erasure.services.findAll { it.status == 'CONFIRMED' }.service", contains("marketing-service"))
                .body("erasure.services.find { it.service == 'marketing-service' }.confirmedAt", equalTo(confirmedAt))
                .body("erasure.services.find { it.service == 'marketing-service' }.deleted[0].count", equalTo(1));
    }

    @Test
    void oneTriggerCoveringTwoCustomersLeavesAReceiptForEach() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // One retention run, one trigger id, two customers.
        String run = UUID.randomUUID().toString();
        ErasureConfirmed.on(EventTopic.CUSTOMER, first, "RETENTION_EXPIRED").triggerEventId(run)
                .deleted("contact-details", 2).send();
        ErasureConfirmed.on(EventTopic.CUSTOMER, second, "RETENTION_EXPIRED").triggerEventId(run)
                .deleted("contact-details", 5).send();

        Await.until("both customers have a receipt", PATIENCE,
                () -> receiptsOf(first).getList("items").size() == 1 && receiptsOf(second).getList("items").size() == 1);
        assertEquals(run, receiptsOf(first).getString("items[0].triggerEventId"));
        assertEquals(2, receiptsOf(first).getInt("items[0].deleted[0].count"));
        assertEquals(run, receiptsOf(second).getString("items[0].triggerEventId"));
        assertEquals(5, receiptsOf(second).getInt("items[0].deleted[0].count"));

        // The first customer's confirmation again, with other counts: a true duplicate, nothing changes.
        ErasureConfirmed.on(EventTopic.CUSTOMER, first, "RETENTION_EXPIRED").triggerEventId(run)
                .deleted("contact-details", 99).send();
        // Behind it in the first customer's partition: once this one is in, the copy has been handled.
        ErasureConfirmed.on(EventTopic.CUSTOMER, first, "RELATIONSHIP_ENDED").deleted("contact-details", 0).send();
        Await.until("the marker has arrived", PATIENCE, () -> receiptsOf(first).getList("items").size() == 2);

        JsonPath receipts = receiptsOf(first);
        assertEquals(List.of("RELATIONSHIP_ENDED", "RETENTION_EXPIRED"),
                receipts.getList("items.trigger", String.class).stream().sorted().toList());
        assertEquals(2, receipts.getInt("items.find { it.trigger == 'RETENTION_EXPIRED' }.deleted[0].count"));
        assertEquals(1, receiptsOf(second).getList("items").size());
    }

    @Test
    void everyConfirmationIsKeptAsAReceiptNewestFirstWhateverTriggeredIt() {
        UUID customer = UUID.randomUUID();
        UUID unknownRequest = UUID.randomUUID();
        ErasureConfirmed.on(EventTopic.MARKETING, customer, "CONSENT_WITHDRAWN").deleted("newsletter-address", 1).send();
        ErasureConfirmed.on(EventTopic.CONSENT, customer, "OBJECTION_REGISTERED")
                .kept("objection-record", 1, "MARKETING_SUPPRESSION", null).send();
        ErasureConfirmed.on(EventTopic.CUSTOMER, customer, "RELATIONSHIP_ENDED")
                .deleted("contact-details", 2)
                .kept("customer-identity", 1, "BOOKKEEPING_ACT", END_OF_BOOKKEEPING).send();
        ErasureConfirmed.on(EventTopic.MARKETING, customer, "ADDRESS_BOUNCED").deleted("newsletter-address", 0).send();
        ErasureConfirmed.on(EventTopic.CONSUMPTION, customer, "RETENTION_EXPIRED").deleted("hourly-readings", 43800)
                .send();
        // A request dsar-service never received: proof all the same, not poison.
        ErasureConfirmed.ofRequest(EventTopic.CUSTOMER, customer, unknownRequest.toString())
                .deleted("contact-details", 0).send();

        Await.until("all six receipts are in", PATIENCE, () -> receiptsOf(customer).getList("items").size() == 6);
        JsonPath receipts = receiptsOf(customer);
        assertEquals(List.of("ADDRESS_BOUNCED", "CONSENT_WITHDRAWN", "ERASURE_REQUESTED", "OBJECTION_REGISTERED",
                "RELATIONSHIP_ENDED", "RETENTION_EXPIRED"),
                receipts.getList("items.trigger", String.class).stream().sorted().toList());
        List<String> receivedAt = receipts.getList("items.receivedAt", String.class);
        for (int i = 1; i < receivedAt.size(); i++) {
            assertFalse(OffsetDateTime.parse(receivedAt.get(i - 1)).isBefore(OffsetDateTime.parse(receivedAt.get(i))),
                    "newest first: " + receivedAt);
        }
        assertEquals(unknownRequest.toString(), receipts.getString("items.find { it.trigger == 'ERASURE_REQUESTED' }.requestId"));
        assertEquals(null, receipts.getString("items.find { it.trigger == 'RELATIONSHIP_ENDED' }.requestId"));
        assertEquals("customer-service", receipts.getString("items.find { it.trigger == 'RELATIONSHIP_ENDED' }.service"));
        assertEquals("2031-12-31", receipts.getString("items.find { it.trigger == 'RELATIONSHIP_ENDED' }.kept[0].until"));
        assertEquals(43800, receipts.getInt("items.find { it.trigger == 'RETENTION_EXPIRED' }.deleted[0].count"));

        given().auth().oauth2(TestTokens.withRoles("admin")).get("/customers/" + UUID.randomUUID() + "/erasure-receipts")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aConfirmationInAnotherServicesNameIsParkedNotKept() {
        UUID customer = UUID.randomUUID();
        ErasureConfirmed.on(EventTopic.CONSENT, customer, "CONSENT_WITHDRAWN").claimingToBe("marketing-service")
                .deleted("newsletter-address", 1).send();
        ErasureConfirmed.on(EventTopic.CONSENT, customer, "CONSENT_WITHDRAWN").deleted("consent-record", 0).send();

        Await.until("the genuine confirmation has arrived", PATIENCE, () -> receiptsOf(customer).getList("items").size() == 1);
        assertEquals(List.of("consent-service"), receiptsOf(customer).getList("items.service", String.class));
    }

    @Test
    void theConfirmationsTheseTestsSendKeepTheEventCatalogue() {
        UUID customer = UUID.randomUUID();
        TopicRecords.send(ErasureConfirmed.ofRequest(EventTopic.CONSUMPTION, customer, UUID.randomUUID().toString())
                .deleted("app-profile", 1).kept("hourly-readings", 24, "BOOKKEEPING_ACT", END_OF_BOOKKEEPING).record());
        TopicRecords.send(ErasureConfirmed.on(EventTopic.CONSUMPTION, customer, "RELATIONSHIP_ENDED")
                .kept("hourly-readings", 24, "CONTRACT_IN_FORCE", null).record());

        List<ConsumerRecord<String, byte[]>> sent = TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(), PATIENCE,
                read -> read.stream().filter(r -> customer.toString().equals(r.key())).count() == 2)
                .stream().filter(r -> customer.toString().equals(r.key())).toList();
        assertEquals(2, sent.size());
        sent.forEach(EventSchemas::assertConforms);
    }

    private static int confirmedServices(String requestId) {
        List<String> statuses = given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .get("/requests/" + requestId).then().statusCode(200)
                .extract().jsonPath().getList("erasure.services.status", String.class);
        return (int) statuses.stream().filter("CONFIRMED"::equals).count();
    }

    private static JsonPath receiptsOf(UUID customer) {
        return given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/customers/" + customer + "/erasure-receipts")
                .then().statusCode(200).extract().jsonPath();
    }
}
