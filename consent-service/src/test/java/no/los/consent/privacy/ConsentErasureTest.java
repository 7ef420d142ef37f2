package no.los.consent.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import no.los.consent.ConsentDatabase;
import no.los.platform.test.Await;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * consent-service's part of the erasure protocol: the ledger stays as evidence, objections stay as
 * suppression, and every trigger is answered with exactly one confirmation, however often it comes.
 */
@QuarkusTest
class ConsentErasureTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Map<String, String> ON_MIN_SIDE = Map.of("channel", "MIN_SIDE", "noticeVersion", "2024-01",
            "evidence", "Checkbox on Min side");

    @Inject
    ExpiredEvidenceErasure erasure;

    @Test
    void anEndedRelationshipWithdrawsTheGivenConsentsKeepsTheLedgerAsEvidenceAndIsConfirmedOnceWhenDeliveredTwice() {
        UUID customer = UUID.randomUUID();
        give(customer, "NEWSLETTER_EMAIL");
        give(customer, "SURVEYS");
        give(customer, "VISUALISATION_APP", "APP");
        object(customer, Map.of("scope", "DIRECT_MARKETING", "channel", "MIN_SIDE")); // withdraws the newsletter
        LocalDate endedOn = LocalDate.now(OSLO).minusDays(10);
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> ended = TriggerEvents.relationshipEnded(eventId, customer, endedOn);

        int partition = TopicRecords.send(ended).partition();
        TopicRecords.send(ended); // the broker delivers it again
        UUID formerCustomer = UUID.randomUUID(); // another customer, right behind the duplicate
        String marker = UUID.randomUUID().toString();
        TopicRecords.send(TopicRecords.onPartition(TriggerEvents.relationshipEnded(marker, formerCustomer, endedOn),
                partition));
        Await.until("the events behind the duplicate were handled", Duration.ofSeconds(30),
                () -> ConsentDatabase.handled(marker) == 1);

        assertEquals(1, Confirmations.written(customer), "one trigger, one confirmation");
        JsonPath confirmation = Confirmations.published(customer, 1).get(0);
        assertEquals("consent-service", confirmation.getString("service"));
        assertEquals("RELATIONSHIP_ENDED", confirmation.getString("trigger"));
        assertEquals(eventId, confirmation.getString("triggerEventId"));
        assertNull(confirmation.get("requestId"));
        assertEquals(List.of(), confirmation.getList("deleted"));
        assertEquals(Map.of("category", "consent-ledger", "count", 6, "reason", "CONSENT_EVIDENCE",
                "until", endedOn.plusYears(3).toString()), confirmation.getMap("kept[0]"),
                "three given, the newsletter withdrawn by the objection, two withdrawn by the end");
        assertEquals("objections", confirmation.getString("kept[1].category"));
        assertEquals(1, confirmation.getInt("kept[1].count"));
        assertEquals("MARKETING_SUPPRESSION", confirmation.getString("kept[1].reason"));
        assertNull(confirmation.get("kept[1].until"), "a standing objection has no fixed end");
        assertEquals(6, ConsentDatabase.ledgerLines(customer), "nothing of the ledger was deleted");

        assertEquals(3, ConsentDatabase.outboxEvents(customer, ConsentEvents.WITHDRAWN), "each given consent ends once");
        List<JsonPath> withdrawn = ConsentEvents.published(customer, ConsentEvents.WITHDRAWN, 3);
        assertEquals(List.of("NEWSLETTER_EMAIL", "SURVEYS", "VISUALISATION_APP"),
                withdrawn.stream().map(w -> w.getString("purpose")).sorted().toList());
        JsonPath app = withdrawn.stream().filter(w -> "VISUALISATION_APP".equals(w.getString("purpose"))).findFirst()
                .orElseThrow();
        assertEquals("APP", app.getString("channel"), "the channel of the consent that ended");
        assertEquals(customer.toString(), app.getString("customerId"));
        assertEquals(List.of("Ended with the customer relationship (event " + eventId + ")"),
                endedBy(customer, "VISUALISATION_APP"));
        assertEquals(List.of("Ended with the customer relationship (event " + eventId + ")"),
                endedBy(customer, "SURVEYS"));
        historyOf(customer).body("current.findAll { it.given }", hasSize(0));
    }

    @Test
    void aCustomerWithoutConsentsIsConfirmedWithAnEmptyLedgerAndNoObjections() {
        UUID customer = UUID.randomUUID();
        LocalDate endedOn = LocalDate.now(OSLO).minusDays(3);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), customer, endedOn));

        JsonPath confirmation = Confirmations.published(customer, 1).get(0);
        assertEquals(1, confirmation.getList("kept").size(), "objections are listed only when there are any");
        assertEquals("consent-ledger", confirmation.getString("kept[0].category"));
        assertEquals(0, confirmation.getInt("kept[0].count"));
    }

    @Test
    void anErasureRequestWithdrawsTheGivenConsentsClearsTheGroundsOfDecidedObjectionsAndKeepsTheEvidence() {
        UUID customer = ConsentDatabase.knownCustomer();
        give(customer, "VISUALISATION_APP", "APP");
        give(customer, "PRICE_ALERTS");
        String decided = object(customer, Map.of("scope", "SURVEYS", "channel", "MIN_SIDE",
                "grounds", "Surveys arrive while I care for a sick relative"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "reason", "Surveys are rare and easy to ignore"))
                .post("/customers/" + customer + "/objections/" + decided + "/decision")
                .then().statusCode(200);
        object(customer, Map.of("scope", "PEER_COMPARISON", "channel", "APP", "grounds", "My household is unusual"));
        object(customer, Map.of("scope", "DIRECT_MARKETING", "channel", "MIN_SIDE"));
        UUID requestId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> request = TriggerEvents.requestReceived(eventId, customer, requestId, "ERASURE");

        TopicRecords.send(request);
        TopicRecords.send(request);
        String marker = UUID.randomUUID().toString(); // an access request of the same customer: not ours to confirm
        TopicRecords.send(TriggerEvents.requestReceived(marker, customer, UUID.randomUUID(), "ACCESS"));
        Await.until("the events behind the duplicate were handled", Duration.ofSeconds(30),
                () -> ConsentDatabase.handled(marker) == 1);

        assertEquals(1, Confirmations.written(customer), "one request, one confirmation");
        JsonPath confirmation = Confirmations.published(customer, 1).get(0);
        assertEquals("ERASURE_REQUESTED", confirmation.getString("trigger"));
        assertEquals(requestId.toString(), confirmation.getString("requestId"));
        assertEquals(eventId, confirmation.getString("triggerEventId"));
        assertEquals(List.of(Map.of("category", "objection-grounds", "count", 1),
                Map.of("category", "known-customer", "count", 1)), confirmation.getList("deleted"),
                "the grounds, and the service forgets the customer");
        assertFalse(KnownCustomerFixture.known("consent_test", customer), "a staff call naming them is now a 404");
        assertEquals("consent-ledger", confirmation.getString("kept[0].category"));
        assertEquals(4, confirmation.getInt("kept[0].count"), "two given, two withdrawn by the request");
        assertEquals("CONSENT_EVIDENCE", confirmation.getString("kept[0].reason"));
        assertNull(confirmation.get("kept[0].until"), "kept while the relationship lasts: its clock has not started");
        assertEquals(Map.of("category", "objections", "count", 3, "reason", "MARKETING_SUPPRESSION"),
                Map.of("category", confirmation.getString("kept[1].category"), "count",
                        confirmation.getInt("kept[1].count"), "reason", confirmation.getString("kept[1].reason")));

        assertEquals(1, ConsentDatabase.objectionsWithGrounds(customer), "a pending objection keeps its grounds");
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/objections")
                .then().statusCode(200)
                .body("items.find { it.id == '" + decided + "' }.grounds", nullValue())
                .body("items.status", containsInAnyOrder("REJECTED", "PENDING", "UPHELD"));
        assertEquals(409, giveStatus(customer, "NEWSLETTER_EMAIL"), "the objection outlives the erasure");

        assertEquals(2, ConsentDatabase.outboxEvents(customer, ConsentEvents.WITHDRAWN), "each given consent ends once");
        List<JsonPath> withdrawn = ConsentEvents.published(customer, ConsentEvents.WITHDRAWN, 2);
        assertEquals(Map.of("PRICE_ALERTS", "MIN_SIDE", "VISUALISATION_APP", "APP"), withdrawn.stream()
                .collect(Collectors.toMap(w -> w.getString("purpose"), w -> w.getString("channel"))));
        assertEquals(List.of("Ended by an erasure request " + requestId), endedBy(customer, "PRICE_ALERTS"));
        historyOf(customer).body("current.findAll { it.given }", hasSize(0));
    }

    @Test
    void anErasureRequestOfAFormerCustomerKeepsTheLedgerUntilTheEvidencePeriodAfterTheEnd() {
        UUID customer = UUID.randomUUID();
        give(customer, "SURVEYS");
        LocalDate endedOn = LocalDate.now(OSLO).minusMonths(7);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), customer, endedOn));
        Await.until("the end of the relationship was recorded", Duration.ofSeconds(30),
                () -> ConsentDatabase.endedRelationships(customer) == 1);
        give(customer, "ANALYTICS_COOKIES", "WEBSITE"); // a former customer on los.no
        UUID requestId = UUID.randomUUID();

        TopicRecords.send(TriggerEvents.requestReceived(UUID.randomUUID().toString(), customer, requestId, "ERASURE"));

        JsonPath confirmation = Confirmations.published(customer, 2).get(1);
        assertEquals("ERASURE_REQUESTED", confirmation.getString("trigger"));
        assertEquals(Map.of("category", "consent-ledger", "count", 4, "reason", "CONSENT_EVIDENCE",
                "until", endedOn.plusYears(3).toString()), confirmation.getMap("kept[0]"),
                "the date the evidence-expiry job deletes it");
        assertEquals(List.of("Ended by an erasure request " + requestId), endedBy(customer, "ANALYTICS_COOKIES"));

        erasure.expireEvidence(endedOn.plusYears(3).plusDays(1));
        assertEquals(0, ConsentDatabase.ledgerLines(customer), "the job deletes all of it on the date reported");
        assertEquals(0, ConsentDatabase.endedRelationships(customer));
        JsonPath expiry = Confirmations.published(customer, 3).get(2);
        assertEquals(List.of(Map.of("category", "consent-ledger", "count", 4)), expiry.getList("deleted"));
        assertEquals(List.of(), expiry.getList("kept"));
    }

    @Test
    void aCustomerWhoCameBackKeepsTheirConsentsWhenTheEvidenceOfTheOldRelationshipExpires() {
        UUID customer = UUID.randomUUID();
        give(customer, "NEWSLETTER_EMAIL");
        assertEquals(1, ConsentDatabase.backdateLedger(customer, 5));
        LocalDate endedOn = LocalDate.now(OSLO).minusYears(4);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), customer, endedOn));
        Await.until("the end of the relationship was recorded", Duration.ofSeconds(30),
                () -> ConsentDatabase.endedRelationships(customer) == 1);
        String started = UUID.randomUUID().toString();
        TopicRecords.send(TriggerEvents.contractStarted(started, customer, LocalDate.now(OSLO)));
        Await.until("the new contract was handled", Duration.ofSeconds(30), () -> ConsentDatabase.handled(started) == 1);
        assertEquals(0, ConsentDatabase.endedRelationships(customer), "the customer came back");

        give(customer, "NEWSLETTER_EMAIL"); // possible again: the end withdrew it
        assertEquals(2, ConsentDatabase.outboxEvents(customer, ConsentEvents.GIVEN));
        assertEquals(3, ConsentDatabase.ledgerLines(customer));

        erasure.expireEvidence(LocalDate.now(OSLO));

        assertEquals(3, ConsentDatabase.ledgerLines(customer), "a live customer's ledger is not expired");
        assertEquals(1, Confirmations.written(customer), "only the end of the relationship was confirmed");
        historyOf(customer).body("current.find { it.purpose == 'NEWSLETTER_EMAIL' }.given", equalTo(true));
        List<JsonPath> given = ConsentEvents.published(customer, ConsentEvents.GIVEN, 2);
        assertEquals(2, given.size());
    }

    @Test
    void theLedgerOfAFormerCustomerGoesWhenItsEvidencePeriodIsOver() {
        UUID customer = UUID.randomUUID();
        give(customer, "NEWSLETTER_EMAIL");
        give(customer, "PRICE_ALERTS");
        assertEquals(2, ConsentDatabase.backdateLedger(customer, 5));
        LocalDate endedOn = LocalDate.now(OSLO).minusYears(4);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), customer, endedOn));
        Await.until("the end of the relationship was recorded", Duration.ofSeconds(30),
                () -> ConsentDatabase.endedRelationships(customer) == 1);
        assertEquals(4, ConsentDatabase.ledgerLines(customer), "two given, two withdrawn by the end");
        give(customer, "SURVEYS"); // after the end, without a new contract: evidence of something new

        assertTrue(erasure.expireEvidence(LocalDate.now(OSLO)) >= 1);

        assertEquals(1, ConsentDatabase.ledgerLines(customer), "only the line from after the end remains");
        List<JsonPath> confirmations = Confirmations.published(customer, 2);
        assertEquals(2, Confirmations.written(customer));
        JsonPath expiry = confirmations.get(1);
        assertEquals("RETENTION_EXPIRED", expiry.getString("trigger"));
        assertEquals(List.of(Map.of("category", "consent-ledger", "count", 4)), expiry.getList("deleted"),
                "the withdrawals the end wrote go with the lines they ended");
        assertEquals(Map.of("category", "consent-ledger", "count", 1, "reason", "CONSENT_EVIDENCE",
                "until", LocalDate.now(OSLO).plusYears(3).toString()), expiry.getMap("kept[0]"));
        assertEquals(1, ConsentDatabase.endedRelationships(customer), "the job comes back for the newer line");
        erasure.expireEvidence(LocalDate.now(OSLO).plusYears(3).plusDays(1));
        assertEquals(0, ConsentDatabase.ledgerLines(customer), "and deletes it on the date it reported");
        assertEquals(0, ConsentDatabase.endedRelationships(customer));
        assertEquals(3, Confirmations.written(customer));

        erasure.expireEvidence(LocalDate.now(OSLO).plusYears(3).plusDays(1));
        assertEquals(3, Confirmations.written(customer), "an expired ledger is deleted and confirmed once");
    }

    @Test
    void anEvidencePeriodStillRunningDeletesNothing() {
        UUID customer = UUID.randomUUID();
        give(customer, "ANALYTICS_COOKIES");
        LocalDate endedOn = LocalDate.now(OSLO).minusYears(3);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), customer, endedOn));
        Await.until("the end of the relationship was recorded", Duration.ofSeconds(30),
                () -> ConsentDatabase.endedRelationships(customer) == 1);

        erasure.expireEvidence(LocalDate.now(OSLO));

        assertEquals(2, ConsentDatabase.ledgerLines(customer), "the last day of the period is still within it");
        assertEquals(1, Confirmations.written(customer));
    }

    private static void give(UUID customer, String purpose) {
        assertEquals(200, giveStatus(customer, purpose));
    }

    private static void give(UUID customer, String purpose, String channel) {
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "noticeVersion", "2024-01", "evidence", "Checkbox in " + channel))
                .put("/me/consents/" + purpose)
                .then().statusCode(200);
    }

    private static ValidatableResponse historyOf(UUID customer) {
        return given().auth().oauth2(TestTokens.customer(customer)).get("/me/consents/history").then().statusCode(200);
    }

    /** The evidence of the purpose's withdrawal lines in the customer's ledger. */
    private static List<String> endedBy(UUID customer, String purpose) {
        return historyOf(customer).extract().jsonPath()
                .getList("history.items.findAll { it.purpose == '" + purpose + "' && it.action == 'WITHDRAWN' }.evidence");
    }

    private static int giveStatus(UUID customer, String purpose) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(ON_MIN_SIDE)
                .put("/me/consents/" + purpose).statusCode();
    }

    private static String object(UUID customer, Map<String, String> body) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(body)
                .post("/me/objections")
                .then().statusCode(201)
                .extract().path("id");
    }
}
