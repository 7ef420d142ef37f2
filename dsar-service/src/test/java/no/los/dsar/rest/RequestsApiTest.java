package no.los.dsar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.dsar.StatutoryDeadline;
import no.los.platform.events.EventTopic;
import no.los.platform.http.Page;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

@QuarkusTest
class RequestsApiTest {

    @Test
    void aCustomerAsksForAccessAndIsToldTheDeadlineAndWhereToComplain() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("type", "ACCESS"))
                .post("/me/requests")
                .then().statusCode(201)
                .body("customerId", equalTo(customer.toString()))
                .body("submittedBy", equalTo("DATA_SUBJECT"))
                .body("channel", equalTo("MIN_SIDE"))
                .body("dueOn", equalTo(StatutoryDeadline.dueOn(LocalDate.now(ZoneId.of("Europe/Oslo"))).toString()))
                .body("complaintsTo", equalTo("Datatilsynet, www.datatilsynet.no"))
                .extract().path("id");

        given().auth().oauth2(token).get("/me/requests")
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(token).get("/me/requests/" + id)
                .then().statusCode(200).body("type", equalTo("ACCESS"));
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/requests/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200).body("type", equalTo("ACCESS"));
    }

    @Test
    void aRequestForACustomerNobodyRegisteredIsA404AndNothingIsRegisteredOrAnnounced() {
        UUID nobody = UUID.randomUUID();

        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", nobody.toString(), "type", "ERASURE", "channel", "EMAIL"))
                .post("/requests")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("unknown to dsar-service"));

        assertEquals(0, TestDatabase.number("dsar_test", "select count(*) from data_subject_request where customer_id = ?",
                nobody), "no request registered");
        assertEquals(0, TestDatabase.number("dsar_test", "select count(*) from outbox_event where record_key = ?",
                nobody.toString()), "nothing announced to the suite");
    }

    @Test
    void aStaffRegisteredErasureReachesTheSuiteOnlyOnceIdentityIsEstablishedAndASecondOfficerApproves() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String officer = TestTokens.withRoles("privacy-officer");
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ERASURE", "channel", "EMAIL"))
                .post("/requests")
                .then().statusCode(201)
                .body("submittedBy", equalTo("STAFF_ON_BEHALF"))
                .body("identityCheck", nullValue())
                .body("awaitsApproval", equalTo(true))
                .body("announcedAt", nullValue())
                .body("dueOn", equalTo(StatutoryDeadline.dueOn(LocalDate.now(ZoneId.of("Europe/Oslo"))).toString()))
                .extract().path("id");
        assertEquals(0, announcementsOf(customer), "nothing is announced while the request waits");
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).queryParam("flag", "awaiting")
                .queryParam("limit", Page.MAX_SIZE).get("/requests")
                .then().statusCode(200).body("items.id", hasItem(id));

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).post("/requests/" + id + "/approval")
                .then().statusCode(409).body("detail", containsString("identity"));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("note", " ")).post("/requests/" + id + "/identity")
                .then().statusCode(400).body("errors.field", contains("note"));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("note", "Svarte fra e-postadressen i kunderegisteret og bekreftet kundenummeret."))
                .post("/requests/" + id + "/identity")
                .then().statusCode(200)
                .body("identityCheck", equalTo("MANUAL_CHECK"))
                .body("announcedAt", nullValue());
        assertEquals(0, announcementsOf(customer), "an erasure staff registered waits for a second officer");
        given().auth().oauth2(officer).post("/requests/" + id + "/approval")
                .then().statusCode(409).body("detail", containsString("other than the one who registered"));
        given().auth().oauth2(TestTokens.withRoles("agent")).post("/requests/" + id + "/approval")
                .then().statusCode(403);

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).post("/requests/" + id + "/approval")
                .then().statusCode(200)
                .body("awaitsApproval", equalTo(false))
                .body("announcedAt", notNullValue())
                .body("history.step", contains("RECEIVED", "IDENTITY_CHECKED", "APPROVED"))
                .body("history.by", everyItem(equalTo("STAFF")));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.DSAR.topicName(),
                Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> customer.toString().equals(r.key())));
        ConsumerRecord<String, byte[]> announced = records.stream()
                .filter(r -> customer.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals("no.los.dsar.request-received.v1", TopicRecords.header(announced, "ce_type"));
        EventSchemas.assertConforms(announced);
        JsonPath data = JsonPath.from(TopicRecords.value(announced));
        assertEquals(id, data.getString("requestId"));
        assertEquals("ERASURE", data.getString("requestType"));
        assertEquals(1, announcementsOf(customer), "announced once");
    }

    @Test
    void aStaffRegisteredAccessRequestIsAnnouncedOnceIdentityIsEstablishedWithoutApproval() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ACCESS", "channel", "LETTER"))
                .post("/requests").then().statusCode(201).body("awaitsApproval", equalTo(false))
                .extract().path("id");
        assertEquals(0, announcementsOf(customer));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("note", "Brevet kom fra adressen i kunderegisteret."))
                .post("/requests/" + id + "/identity")
                .then().statusCode(200).body("announcedAt", notNullValue());
        assertEquals(1, announcementsOf(customer));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("note", "Igjen.")).post("/requests/" + id + "/identity")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).post("/requests/" + id + "/approval")
                .then().statusCode(409).body("detail", containsString("Only an erasure or restriction"));
    }

    @Test
    void aRequestMadeOnMinSideIsVerifiedByTheLoginAndAnnouncedAtOnce() {
        UUID customer = UUID.randomUUID();
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", "ERASURE")).post("/me/requests")
                .then().statusCode(201)
                .body("identityCheck", equalTo("LOGIN"))
                .body("awaitsApproval", equalTo(false))
                .body("announcedAt", notNullValue());
        assertEquals(1, announcementsOf(customer));
    }

    private static long announcementsOf(UUID customer) {
        return TestDatabase.number("dsar_test", "select count(*) from outbox_event where record_key = ?",
                customer.toString());
    }

    @Test
    void anUnknownRequestTypeIsAProblemNamingTheField() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("type", "FORGET_EVERYTHING"))
                .post("/me/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("type"));
    }

    @Test
    void staffMustNameTheCustomer() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS", "channel", "LETTER"))
                .post("/requests")
                .then().statusCode(400)
                .body("errors.field", contains("customerId"));
    }

    @Test
    void aCustomerSeesOnlyItsOwnRequests() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("type", "PORTABILITY")).post("/me/requests").then().statusCode(201);
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/requests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void myRequestsComeAPageAtATimeNewestFirst() {
        String token = TestTokens.customer(UUID.randomUUID());
        List<String> made = new ArrayList<>();
        for (String type : List.of("ACCESS", "PORTABILITY", "ACCESS")) {
            made.add(0, given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("type", type))
                    .post("/me/requests").then().statusCode(201).extract().path("id"));
        }

        JsonPath first = given().auth().oauth2(token).queryParam("limit", 2).get("/me/requests")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        JsonPath second = given().auth().oauth2(token).queryParam("limit", 2).queryParam("after", first.getString("next"))
                .get("/me/requests")
                .then().statusCode(200).body("items", hasSize(1)).body("next", nullValue()).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id", String.class));
        seen.addAll(second.getList("items.id", String.class));
        assertEquals(made, seen);
    }

    @Test
    void aPageOutOfBoundsOrACursorThatNamesNothingIsAProblemNamingTheParameter() {
        String token = TestTokens.customer(UUID.randomUUID());
        given().auth().oauth2(token).queryParam("after", UUID.randomUUID().toString()).get("/me/requests")
                .then().statusCode(400).body("errors.field", contains("after"));
        for (int limit : new int[] { 0, Page.MAX_SIZE + 1 }) {
            given().auth().oauth2(token).queryParam("limit", limit).get("/me/requests")
                    .then().statusCode(400).body("errors.field", contains("limit"));
        }
    }
}
