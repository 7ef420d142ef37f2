package no.los.dsar.rights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import no.los.dsar.RightsAnswered;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Objections as requests (Art. 21): the request names what it objects to and, for every scope but
 * direct marketing, the person's grounds, which stay here. The suite hears only the scope;
 * consent-service decides. An upheld objection is answered by every service with what it stopped,
 * and the last answer completes the request with a letter; a rejected one refuses it with a letter
 * that gives the ground and names Datatilsynet and the courts.
 */
@QuarkusTest
class ObjectionRequestTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OFFICER = TestTokens.withRoles("privacy-officer");
    private static final String GROUNDS = "Vi er to voksne som jobber hjemmefra; sammenligningen gir feil bilde.";

    @Test
    void anObjectionNeedsItsScopeAndGroundsAndNoOtherRequestTakesOne() {
        UUID customer = UUID.randomUUID();
        ask(customer, Map.of("type", "OBJECTION")).statusCode(400).body("errors.field", contains("objection"));
        ask(customer, Map.of("type", "OBJECTION", "objection", Map.of("scope", "PEER_COMPARISON")))
                .statusCode(400).body("errors.field", contains("objection.grounds"));
        ask(customer, Map.of("type", "OBJECTION", "objection", Map.of("scope", "EVERYTHING")))
                .statusCode(400);
        ask(customer, Map.of("type", "ACCESS", "objection", Map.of("scope", "DIRECT_MARKETING")))
                .statusCode(400).body("errors.field", contains("objection"))
                .body("errors.message", contains(containsString("only for an OBJECTION")));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests")
                .then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void anUpheldObjectionCompletesWithTheLastServicesAnswerAndTheGroundsAreThenCleared() {
        UUID customer = UUID.randomUUID();
        String id = ask(customer, Map.of("type", "OBJECTION",
                "objection", Map.of("scope", "PEER_COMPARISON", "grounds", GROUNDS)))
                .statusCode(201)
                .body("objection.scope", equalTo("PEER_COMPARISON"))
                .body("objection.grounds", equalTo(GROUNDS))
                .body("rights.late", equalTo(false))
                .extract().path("id");

        ConsumerRecord<String, byte[]> announced = requestReceived(id);
        EventSchemas.assertConforms(announced);
        assertEquals("PEER_COMPARISON", JsonPath.from(TopicRecords.value(announced)).getString("objectionScope"));
        assertFalse(TopicRecords.value(announced).contains("hjemmefra"), "the grounds never travel");

        RightsAnswered.to(EventTopic.CONSENT, customer, id, "OBJECTION").categories("objections").send();
        RightsAnswered.to(EventTopic.CONSUMPTION, customer, id, "OBJECTION").categories("app-profile", "hourly-readings")
                .send();
        RightsAnswered.to(EventTopic.CUSTOMER, customer, id, "OBJECTION").categories().send();
        Await.until("three services have answered", PATIENCE, () -> answered(id) == 3);
        assertEquals("RECEIVED", staffView(id).getString("status"), "marketing-service has not answered yet");

        RightsAnswered.to(EventTopic.MARKETING, customer, id, "OBJECTION").categories().send();
        Await.until("the last answer completes the request", PATIENCE,
                () -> "COMPLETED".equals(staffView(id).getString("status")));
        JsonPath completed = staffView(id);
        assertEquals(List.of("app-profile", "hourly-readings"),
                completed.getList("rights.services.find { it.service == 'consumption-service' }.categories"));
        assertEquals("PEER_COMPARISON", completed.getString("objection.scope"));
        assertNull(completed.getString("objection.grounds"), "cleared once the request is closed");
        assertEquals(List.of("RECEIVED", "COMPLETED"), completed.getList("history.step"));
        given().auth().oauth2(TestTokens.customer(customer)).accept("text/html")
                .get("/me/requests/" + id + "/letters/" + firstLetter(customer, id, "COMPLETION"))
                .then().statusCode(200).body(containsString("Protesten din er tatt til følge"));
    }

    @Test
    void aRejectedObjectionRefusesTheRequestWithALetterNamingTheGroundDatatilsynetAndTheCourts() {
        UUID customer = UUID.randomUUID();
        String id = ask(customer, Map.of("type", "OBJECTION",
                "objection", Map.of("scope", "SURVEYS", "grounds", "Jeg er pårørende og har ikke tid.")))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("ground", "OBJECTION_OVERRIDDEN", "reasons", "Vi har tvingende grunner."))
                .post("/requests/" + id + "/refusal")
                .then().statusCode(400).body("errors.field", contains("ground"));

        TopicRecords.send(RightsEvents.objectionRejected(customer, UUID.randomUUID(), "SURVEYS", UUID.fromString(id)));
        Await.until("the rejection refuses the request", PATIENCE,
                () -> "REFUSED".equals(staffView(id).getString("status")));
        JsonPath refused = staffView(id);
        assertEquals(List.of("RECEIVED", "REFUSED"), refused.getList("history.step"));
        assertEquals(List.of("DATA_SUBJECT", "STAFF"), refused.getList("history.by"), "the deciding officer's step");
        assertNull(refused.getString("objection.grounds"));
        String html = given().auth().oauth2(TestTokens.customer(customer)).accept("text/html")
                .get("/me/requests/" + id + "/letters/" + firstLetter(customer, id, "REFUSAL"))
                .then().statusCode(200).extract().asString();
        for (String expected : List.of("21 nr. 1", "tvingende berettigede grunner", "Datatilsynet", "Postboks 8177",
                "domstolene")) {
            assertTrue(html.contains(expected), "the refusal letter names " + expected);
        }

        TopicRecords.send(RightsEvents.objectionRejected(customer, UUID.randomUUID(), "SURVEYS", UUID.fromString(id)));
        RightsAnswered.to(EventTopic.CONSENT, customer, id, "OBJECTION").categories("objections").send();
        Await.until("consent-service's late answer is recorded", PATIENCE, () -> answered(id) == 1);
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/letters")
                .then().body("items.kind", contains("REFUSAL"));
        assertEquals("REFUSED", staffView(id).getString("status"), "a refused request stays refused");
    }

    private static ValidatableResponse ask(UUID customer, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(body)
                .post("/me/requests").then();
    }

    private static ConsumerRecord<String, byte[]> requestReceived(String requestId) {
        List<ConsumerRecord<String, byte[]>> found = TopicRecords.readUntil(EventTopic.DSAR.topicName(), PATIENCE,
                read -> read.stream().anyMatch(r -> isAnnouncing(r, requestId))).stream()
                .filter(r -> isAnnouncing(r, requestId)).toList();
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static boolean isAnnouncing(ConsumerRecord<String, byte[]> record, String requestId) {
        return EventTypes.DATA_SUBJECT_REQUEST_RECEIVED.equals(TopicRecords.header(record, "ce_type"))
                && requestId.equals(JsonPath.from(TopicRecords.value(record)).getString("requestId"));
    }

    private static String firstLetter(UUID customer, String id, String kind) {
        return given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id + "/letters")
                .then().statusCode(200).body("items.kind", contains(kind)).extract().path("items[0].id");
    }

    private static JsonPath staffView(String id) {
        return given().auth().oauth2(OFFICER).get("/requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static long answered(String id) {
        return staffView(id).getList("rights.services.status", String.class).stream().filter("ANSWERED"::equals).count();
    }
}
