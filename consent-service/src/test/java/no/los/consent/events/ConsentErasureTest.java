package no.los.consent.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.consent.ConsentDatabase;
import no.los.consent.service.ConsentErasure;
import no.los.platform.test.Await;
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
    ConsentErasure erasure;

    @Test
    void anEndedRelationshipKeepsTheLedgerAsEvidenceAndIsConfirmedOnceWhenDeliveredTwice() {
        UUID customer = UUID.randomUUID();
        give(customer, "NEWSLETTER_EMAIL");
        give(customer, "SURVEYS");
        object(customer, Map.of("scope", "DIRECT_MARKETING", "channel", "MIN_SIDE"));
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
        assertEquals(Map.of("category", "consent-ledger", "count", 2, "reason", "CONSENT_EVIDENCE",
                "until", endedOn.plusYears(3).toString()), confirmation.getMap("kept[0]"));
        assertEquals("objections", confirmation.getString("kept[1].category"));
        assertEquals(1, confirmation.getInt("kept[1].count"));
        assertEquals("MARKETING_SUPPRESSION", confirmation.getString("kept[1].reason"));
        assertNull(confirmation.get("kept[1].until"), "a standing objection has no fixed end");
        assertEquals(2, ConsentDatabase.ledgerLines(customer), "nothing of the ledger was deleted");
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
    void anErasureRequestClearsTheGroundsOfDecidedObjectionsAndKeepsTheEvidence() {
        UUID customer = UUID.randomUUID();
        give(customer, "VISUALISATION_APP");
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
        assertEquals(List.of(Map.of("category", "objection-grounds", "count", 1)), confirmation.getList("deleted"));
        assertEquals(Map.of("category", "consent-ledger", "count", 1, "reason", "CONSENT_EVIDENCE",
                "until", LocalDate.now(OSLO).plusYears(3).toString()), confirmation.getMap("kept[0]"));
        assertEquals(Map.of("category", "objections", "count", 3, "reason", "MARKETING_SUPPRESSION"),
                Map.of("category", confirmation.getString("kept[1].category"), "count",
                        confirmation.getInt("kept[1].count"), "reason", confirmation.getString("kept[1].reason")));

        assertEquals(1, ConsentDatabase.objectionsWithGrounds(customer), "a pending objection keeps its grounds");
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/objections")
                .then().statusCode(200)
                .body("find { it.id == '" + decided + "' }.grounds", nullValue())
                .body("status", containsInAnyOrder("REJECTED", "PENDING", "UPHELD"));
        assertEquals(409, giveStatus(customer, "NEWSLETTER_EMAIL"), "the objection outlives the erasure");
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
        give(customer, "SURVEYS"); // after the end: evidence of something new

        assertTrue(erasure.expireEvidence(LocalDate.now(OSLO)) >= 1);

        assertEquals(1, ConsentDatabase.ledgerLines(customer), "only the line from after the end remains");
        assertEquals(0, ConsentDatabase.endedRelationships(customer));
        List<JsonPath> confirmations = Confirmations.published(customer, 2);
        assertEquals(2, Confirmations.written(customer));
        JsonPath expiry = confirmations.get(1);
        assertEquals("RETENTION_EXPIRED", expiry.getString("trigger"));
        assertEquals(List.of(Map.of("category", "consent-ledger", "count", 2)), expiry.getList("deleted"));
        assertEquals("consent-ledger", expiry.getString("kept[0].category"));
        assertEquals(1, expiry.getInt("kept[0].count"));

        erasure.expireEvidence(LocalDate.now(OSLO));
        assertEquals(2, Confirmations.written(customer), "an expired ledger is deleted and confirmed once");
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

        assertEquals(1, ConsentDatabase.ledgerLines(customer), "the last day of the period is still within it");
        assertEquals(1, Confirmations.written(customer));
    }

    private static void give(UUID customer, String purpose) {
        assertEquals(200, giveStatus(customer, purpose));
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
