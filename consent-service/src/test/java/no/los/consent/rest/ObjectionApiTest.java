package no.los.consent.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import no.los.consent.ConsentDatabase;
import no.los.platform.events.EventTopic;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/** Objections (Art. 21): direct marketing stops at once and for good; anything else is decided once. */
@QuarkusTest
class ObjectionApiTest {

    private static final String REGISTERED = "no.los.consent.objection-registered.v1";
    private static final String WITHDRAWN = "no.los.consent.withdrawn.v1";
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> AGAINST_MARKETING = Map.of("scope", "DIRECT_MARKETING",
            "channel", "MIN_SIDE");
    private static final Map<String, String> NEWSLETTER = Map.of("channel", "MIN_SIDE", "noticeVersion", "2024-01",
            "evidence", "Checkbox on Min side");

    @Test
    void aDirectMarketingObjectionIsUpheldAtOnceAndAnnouncedExactlyOnce() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);

        String id = objectAsCustomer(token, AGAINST_MARKETING).statusCode(201)
                .body("customerId", equalTo(customer.toString()))
                .body("scope", equalTo("DIRECT_MARKETING"))
                .body("channel", equalTo("MIN_SIDE"))
                .body("status", equalTo("UPHELD"))
                .body("registeredAt", notNullValue())
                .body("effectiveAt", notNullValue())
                .body("decidedAt", notNullValue())
                .body("decisionReason", containsString("Art. 21(3)"))
                .extract().path("id");
        objectAsCustomer(token, Map.of("scope", "DIRECT_MARKETING", "channel", "SMS")).statusCode(200)
                .body("id", equalTo(id))
                .body("channel", equalTo("MIN_SIDE"));
        // Behind both in the customer's event order: once it is on the topic, nothing else of them is on its way.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(NEWSLETTER).put("/me/consents/SURVEYS")
                .then().statusCode(200);

        assertEquals(1, ConsentDatabase.outboxEvents(customer, REGISTERED));
        List<ConsumerRecord<String, byte[]>> mine = eventsOf(customer, "no.los.consent.given.v1");
        List<ConsumerRecord<String, byte[]>> registered = mine.stream()
                .filter(r -> REGISTERED.equals(TopicRecords.header(r, "ce_type"))).toList();
        assertEquals(1, registered.size(), "a standing objection is announced once");
        EventSchemas.assertConforms(registered.get(0));
        JsonPath data = JsonPath.from(TopicRecords.value(registered.get(0)));
        assertEquals(id, data.getString("objectionId"));
        assertEquals(customer.toString(), data.getString("customerId"));
        assertEquals("DIRECT_MARKETING", data.getString("scope"));
        assertEquals("MIN_SIDE", data.getString("channel"));
    }

    @Test
    void aDirectMarketingObjectionIsAnnouncedFirstAndThenEndsTheMarketingConsents() {
        UUID customer = ConsentDatabase.knownCustomer();
        String token = TestTokens.customer(customer);
        give(token, "NEWSLETTER_EMAIL", "APP");
        give(token, "MARKETING_SMS", "MIN_SIDE");
        give(token, "PRICE_ALERTS", "MIN_SIDE");

        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "EMAIL"))
                .post("/customers/" + customer + "/objections")
                .then().statusCode(201).extract().path("id");
        objectAsCustomer(token, AGAINST_MARKETING).statusCode(200); // standing: nothing more ends

        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(30), records -> ofCustomer(records, customer).stream()
                        .filter(r -> WITHDRAWN.equals(TopicRecords.header(r, "ce_type"))).count() >= 2);
        List<ConsumerRecord<String, byte[]>> effects = ofCustomer(read, customer).stream()
                .filter(r -> List.of(REGISTERED, WITHDRAWN).contains(TopicRecords.header(r, "ce_type"))).toList();
        assertEquals(List.of(REGISTERED, WITHDRAWN, WITHDRAWN),
                effects.stream().map(r -> TopicRecords.header(r, "ce_type")).toList(),
                "marketing sees the objection before the withdrawals");
        effects.forEach(EventSchemas::assertConforms);
        Map<String, String> channels = effects.subList(1, 3).stream().map(r -> JsonPath.from(TopicRecords.value(r)))
                .collect(Collectors.toMap(w -> w.getString("purpose"), w -> w.getString("channel")));
        assertEquals(Map.of("NEWSLETTER_EMAIL", "APP", "MARKETING_SMS", "MIN_SIDE"), channels,
                "each withdrawal carries the channel of the consent it ends");
        assertEquals(2, ConsentDatabase.outboxEvents(customer, WITHDRAWN));

        JsonPath history = given().auth().oauth2(token).get("/me/consents/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ended by direct-marketing objection " + id, "Ended by direct-marketing objection " + id),
                history.getList("history.items.findAll { it.action == 'WITHDRAWN' }.evidence"));
        assertEquals(List.of("PRICE_ALERTS"), history.getList("current.findAll { it.given }.purpose"));
    }

    @Test
    void whileADirectMarketingObjectionStandsNoMarketingConsentCanBeGiven() {
        UUID customer = ConsentDatabase.knownCustomer();
        String token = TestTokens.customer(customer);
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "EMAIL"))
                .post("/customers/" + customer + "/objections")
                .then().statusCode(201).body("channel", equalTo("EMAIL"));

        for (String purpose : List.of("NEWSLETTER_EMAIL", "MARKETING_SMS")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(NEWSLETTER).put("/me/consents/" + purpose)
                    .then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:los:problem:conflict"))
                    .body("detail", containsString("objected to direct marketing"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(NEWSLETTER).put("/me/consents/PRICE_ALERTS")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/consents")
                .then().body("history.items.purpose", equalTo(List.of("PRICE_ALERTS")));
    }

    @Test
    void anotherObjectionWaitsForTheDecisionAndTakesEffectWhenUpheld() {
        UUID customer = UUID.randomUUID();
        String grounds = "Comparison-" + UUID.randomUUID();
        String id = objectAsCustomer(TestTokens.customer(customer),
                Map.of("scope", "PEER_COMPARISON", "channel", "APP", "grounds", grounds))
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("grounds", equalTo(grounds))
                .body("effectiveAt", nullValue())
                .body("decidedAt", nullValue())
                .extract().path("id");
        assertEquals(0, ConsentDatabase.outboxEvents(customer, REGISTERED), "a pending objection is not in force");

        decide(customer, id, "privacy-officer", "UPHELD", "No compelling grounds outweigh the customer's situation")
                .statusCode(200)
                .body("status", equalTo("UPHELD"))
                .body("effectiveAt", notNullValue())
                .body("decidedAt", notNullValue())
                .body("decisionReason", equalTo("No compelling grounds outweigh the customer's situation"));
        decide(customer, id, "admin", "REJECTED", "Second thoughts")
                .statusCode(409)
                .contentType(PROBLEM);

        assertEquals(1, ConsentDatabase.outboxEvents(customer, REGISTERED));
        ConsumerRecord<String, byte[]> registered = eventsOf(customer, REGISTERED).get(0);
        EventSchemas.assertConforms(registered);
        assertEquals("PEER_COMPARISON", JsonPath.from(TopicRecords.value(registered)).getString("scope"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/customers/" + customer + "/objections")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("UPHELD"));
        ServiceLog.assertMentionsNoneOf(grounds);
    }

    @Test
    void aRejectedObjectionIsNotAnnounced() {
        UUID customer = UUID.randomUUID();
        String id = objectAsCustomer(TestTokens.customer(customer),
                Map.of("scope", "OTHER_LEGITIMATE_INTEREST", "channel", "MIN_SIDE", "grounds", "Personal reasons"))
                .statusCode(201).extract().path("id");
        decide(customer, id, "admin", "REJECTED", "Needed to handle a legal claim").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("effectiveAt", nullValue());
        assertEquals(0, ConsentDatabase.outboxEvents(customer, REGISTERED));
    }

    @Test
    void anObjectionOtherThanDirectMarketingWithoutGroundsIsAProblemAndNothingIsRecorded() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        objectAsCustomer(token, Map.of("scope", "SURVEYS", "channel", "MIN_SIDE", "grounds", "  "))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("grounds"));
        objectAsCustomer(token, Map.of("scope", "SURVEYS", "channel", "MIN_SIDE"))
                .statusCode(400)
                .body("errors[0].field", equalTo("grounds"));
        given().auth().oauth2(token).get("/me/objections").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anUnknownScopeOrAMissingChannelIsAProblemNamingTheField() {
        String token = TestTokens.customer(UUID.randomUUID());
        objectAsCustomer(token, Map.of("scope", "EVERYTHING", "channel", "MIN_SIDE"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("scope"));
        objectAsCustomer(token, Map.of("scope", "DIRECT_MARKETING"))
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void aDecisionNeedsAnOutcomeAndAReason() {
        UUID customer = UUID.randomUUID();
        String id = objectAsCustomer(TestTokens.customer(customer),
                Map.of("scope", "SURVEYS", "channel", "MIN_SIDE", "grounds", "Too many surveys")).statusCode(201)
                .extract().path("id");
        decide(customer, id, "privacy-officer", "PENDING", "Not a decision")
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        decide(customer, id, "privacy-officer", "UPHELD", "")
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/objections")
                .then().body("items[0].status", equalTo("PENDING"));
    }

    @Test
    void aDirectMarketingObjectionCannotBeDecidedAgain() {
        UUID customer = UUID.randomUUID();
        String id = objectAsCustomer(TestTokens.customer(customer), AGAINST_MARKETING).statusCode(201)
                .extract().path("id");
        decide(customer, id, "privacy-officer", "REJECTED", "Marketing wants to keep sending")
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void anotherCustomersObjectionIsNotFound() {
        UUID customer = UUID.randomUUID();
        String id = objectAsCustomer(TestTokens.customer(customer),
                Map.of("scope", "SURVEYS", "channel", "MIN_SIDE", "grounds", "Too many surveys")).statusCode(201)
                .extract().path("id");
        decide(UUID.randomUUID(), id, "privacy-officer", "UPHELD", "Wrong customer")
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/objections")
                .then().statusCode(200).body("items", hasSize(0));
    }

    private static void give(String token, String purpose, String channel) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "noticeVersion", "2024-01", "evidence", "Checkbox in " + channel))
                .put("/me/consents/" + purpose)
                .then().statusCode(200);
    }

    private static ValidatableResponse objectAsCustomer(String token, Map<String, String> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/me/objections").then();
    }

    private static ValidatableResponse decide(UUID customer, String objection, String role, String outcome,
            String reason) {
        return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "reason", reason))
                .post("/customers/" + customer + "/objections/" + objection + "/decision").then();
    }

    /** The customer's consent events, read until one of {@code untilType} arrived. */
    private static List<ConsumerRecord<String, byte[]>> eventsOf(UUID customer, String untilType) {
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(30), records -> ofCustomer(records, customer).stream()
                        .anyMatch(r -> untilType.equals(TopicRecords.header(r, "ce_type"))));
        return ofCustomer(read, customer).stream()
                .filter(r -> untilType.equals(TopicRecords.header(r, "ce_type")) || REGISTERED.equals(
                        TopicRecords.header(r, "ce_type")))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> ofCustomer(List<ConsumerRecord<String, byte[]>> records,
            UUID customer) {
        return records.stream().filter(r -> customer.toString().equals(r.key())).toList();
    }
}
