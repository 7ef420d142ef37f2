package no.los.dsar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
    void anAgentRegistersAnErasureRequestReceivedByEmailAndTheSuiteIsTold() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ERASURE", "channel", "EMAIL"))
                .post("/requests")
                .then().statusCode(201)
                .body("submittedBy", equalTo("STAFF_ON_BEHALF"))
                .extract().path("id");

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.DSAR.topicName(),
                Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> customer.toString().equals(r.key())));
        ConsumerRecord<String, byte[]> announced = records.stream()
                .filter(r -> customer.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals("no.los.dsar.request-received.v1", TopicRecords.header(announced, "ce_type"));
        EventSchemas.assertConforms(announced);
        JsonPath data = JsonPath.from(TopicRecords.value(announced));
        assertEquals(id, data.getString("requestId"));
        assertEquals("ERASURE", data.getString("requestType"));
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
