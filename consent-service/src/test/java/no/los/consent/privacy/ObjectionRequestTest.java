package no.los.consent.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import no.los.consent.ConsentDatabase;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * An objection made as a data subject request (Art. 21 through dsar-service): consent-service records
 * it for the privacy officer, linked to the request, with the grounds left with the request. Upholding
 * it announces it with the request's id and answers the request; rejecting it announces the rejection
 * (ids and the officer's id, never the reason) so that dsar-service closes the request. An objection to
 * direct marketing is upheld the moment the request arrives.
 */
@QuarkusTest
class ObjectionRequestTest {

    private static final String OFFICER = TestTokens.staff("officer-one", "privacy-officer");

    @Test
    void aRequestedObjectionWaitsForTheOfficerAndUpholdingItAnnouncesAndAnswersTheRequest() {
        UUID customer = ConsentDatabase.knownCustomer();
        UUID request = UUID.randomUUID();
        ProducerRecord<String, byte[]> requested = RightsEvents.objectionRequested(customer, request, "PEER_COMPARISON");
        ProducerRecord<String, byte[]> announcedAgain = RightsEvents.objectionRequested(customer, request,
                "PEER_COMPARISON");
        TopicRecords.send(requested);
        TopicRecords.send(requested); // the broker delivers it again
        TopicRecords.send(announcedAgain); // the same request under another event id
        Await.until("the last of the three was handled", Duration.ofSeconds(30),
                () -> ConsentDatabase.handled(TopicRecords.header(announcedAgain, "ce_id")) == 1);
        assertEquals(1, ConsentDatabase.objections(customer), "one request, one objection");

        JsonPath pending = objectionsOf(customer);
        assertEquals(List.of("PENDING"), pending.getList("items.status"));
        assertEquals(List.of(request.toString()), pending.getList("items.requestId"));
        assertEquals(List.of("PRIVACY_REQUEST"), pending.getList("items.channel"));
        assertEquals(0, ConsentDatabase.objectionsWithGrounds(customer), "the grounds stay with the request");
        assertEquals(0, ConsentDatabase.outboxEvents(customer, EventTypes.OBJECTION_REGISTERED), "nothing in force yet");

        decide(customer, pending.getString("items[0].id"), "UPHELD").statusCode(200)
                .body("status", equalTo("UPHELD")).body("requestId", equalTo(request.toString()));

        JsonPath registered = JsonPath.from(TopicRecords.value(published(customer, EventTypes.OBJECTION_REGISTERED)));
        assertEquals(request.toString(), registered.getString("requestId"));
        assertEquals("PEER_COMPARISON", registered.getString("scope"));
        JsonPath answer = RightsEvents.answers(EventTopic.CONSENT, EventTypes.RIGHTS_ANSWERED, customer, request).get(0);
        assertEquals("OBJECTION", answer.getString("requestType"));
        assertEquals(List.of("objections"), answer.getList("categories"));
    }

    @Test
    void aRejectedObjectionIsAnnouncedWithTheOfficerButNeverTheReason() {
        UUID customer = ConsentDatabase.knownCustomer();
        UUID request = UUID.randomUUID();
        TopicRecords.send(RightsEvents.objectionRequested(customer, request, "SURVEYS"));
        Await.until("the objection was recorded", Duration.ofSeconds(30), () -> ConsentDatabase.objections(customer) == 1);
        String reason = "Undersøkelsene er nødvendige for kundeservicen " + UUID.randomUUID();
        decide(customer, objectionsOf(customer).getString("items[0].id"), "REJECTED", reason).statusCode(200)
                .body("status", equalTo("REJECTED"));

        ConsumerRecord<String, byte[]> rejected = published(customer, EventTypes.OBJECTION_REJECTED);
        EventSchemas.assertConforms(rejected);
        JsonPath data = JsonPath.from(TopicRecords.value(rejected));
        assertEquals(request.toString(), data.getString("requestId"));
        assertEquals("officer-one", data.getString("decidedBy"));
        assertFalse(TopicRecords.value(rejected).contains(reason), "the reason never leaves consent-service");
        assertEquals(0, ConsentDatabase.outboxEvents(customer, EventTypes.OBJECTION_REGISTERED));
        assertEquals(0, ConsentDatabase.outboxEvents(customer, EventTypes.RIGHTS_ANSWERED), "a rejection is no answer");
    }

    @Test
    void aRequestedObjectionToDirectMarketingIsUpheldAtOnceAndEndsTheMarketingConsents() {
        UUID customer = ConsentDatabase.knownCustomer();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", "MIN_SIDE", "noticeVersion", "2024-01", "evidence", "Checkbox on Min side"))
                .put("/me/consents/NEWSLETTER_EMAIL").then().statusCode(200);
        UUID request = UUID.randomUUID();
        TopicRecords.send(RightsEvents.objectionRequested(customer, request, "DIRECT_MARKETING"));

        JsonPath answer = RightsEvents.answers(EventTopic.CONSENT, EventTypes.RIGHTS_ANSWERED, customer, request).get(0);
        assertEquals(List.of("objections", "consent-ledger"), answer.getList("categories"));
        assertEquals(List.of("UPHELD"), objectionsOf(customer).getList("items.status"));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/consents")
                .then().body("find { it.purpose == 'NEWSLETTER_EMAIL' }.given", equalTo(false));

        UUID again = UUID.randomUUID();
        TopicRecords.send(RightsEvents.objectionRequested(customer, again, "DIRECT_MARKETING"));
        RightsEvents.answers(EventTopic.CONSENT, EventTypes.RIGHTS_ANSWERED, customer, again);
        assertEquals(1, ConsentDatabase.objections(customer), "the standing objection answers the second request");
    }

    @Test
    void theChannelOfRequestsCannotBeClaimedDirectly() {
        UUID customer = ConsentDatabase.knownCustomer();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "PRIVACY_REQUEST")).post("/me/objections")
                .then().statusCode(400).body("errors.field", contains("channel"));
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", "PRIVACY_REQUEST", "noticeVersion", "2024-01", "evidence", "x"))
                .put("/me/consents/NEWSLETTER_EMAIL").then().statusCode(400).body("errors.field", contains("channel"));
        assertEquals(0, ConsentDatabase.objections(customer));
        assertEquals(0, ConsentDatabase.ledgerLines(customer));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/objections")
                .then().body("items", empty()).body("next", nullValue());
    }

    private static JsonPath objectionsOf(UUID customer) {
        return given().auth().oauth2(OFFICER).get("/customers/" + customer + "/objections")
                .then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse decide(UUID customer, String objection, String outcome) {
        return decide(customer, objection, outcome, "Ingen tvingende grunner går foran kundens situasjon");
    }

    private static ValidatableResponse decide(UUID customer, String objection, String outcome,
            String reason) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "reason", reason))
                .post("/customers/" + customer + "/objections/" + objection + "/decision").then();
    }

    /** The one event of this type consent-service published for the customer, once it is on the topic. */
    private static ConsumerRecord<String, byte[]> published(UUID customer, String type) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.readUntil(EventTopic.CONSENT.topicName(),
                Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> is(r, customer, type))).stream()
                .filter(r -> is(r, customer, type)).toList();
        assertEquals(1, found.size(), "one " + type);
        return found.get(0);
    }

    private static boolean is(ConsumerRecord<String, byte[]> record, UUID customer, String type) {
        return customer.toString().equals(record.key()) && type.equals(TopicRecords.header(record, "ce_type"));
    }
}
