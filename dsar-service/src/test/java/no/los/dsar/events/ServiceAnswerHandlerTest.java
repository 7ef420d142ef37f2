package no.los.dsar.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.dsar.ErasureConfirmed;
import no.los.dsar.RightsAnswered;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Every service answers on its own topic, and one handler reads all their answers: erasure
 * confirmations (see ErasureTrackingTest) and answers to access and portability requests. An answer
 * counts only from the service whose topic it is, and only for the request's own customer and type.
 */
@QuarkusTest
class ServiceAnswerHandlerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aPortabilityRequestIsCompletedByTheLastServicesAnswer() {
        UUID customer = UUID.randomUUID();
        String id = request(customer, "PORTABILITY");
        for (EventTopic topic : List.of(EventTopic.CUSTOMER, EventTopic.CONSENT, EventTopic.CONSUMPTION)) {
            RightsAnswered.to(topic, customer, id, "PORTABILITY").send();
        }
        Await.until("three services have answered", PATIENCE, () -> answered(id) == 3);
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("rights.status", equalTo("IN_PROGRESS"))
                .body("rights.services.find { it.service == 'marketing-service' }.status", equalTo("AWAITED"))
                .body("rights.services.find { it.service == 'marketing-service' }.answeredAt", nullValue());

        RightsAnswered.to(EventTopic.MARKETING, customer, id, "PORTABILITY").send();
        Await.until("every service has answered", PATIENCE, () -> answered(id) == 4);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("rights.status", equalTo("COMPLETED"))
                .body("rights.late", equalTo(false))
                .body("rights.services.status", everyItem(equalTo("ANSWERED")))
                .body("rights.services.collectedAt", everyItem(nullValue()));
    }

    @Test
    void anAnswerInAnotherServicesNameIsParkedAndAnswersNothing() {
        UUID customer = UUID.randomUUID();
        String id = request(customer, "PORTABILITY");
        RightsAnswered.to(EventTopic.CONSENT, customer, id, "PORTABILITY").claimingToBe("marketing-service").send();
        // Behind it in the customer's partition of the same topic: once this is in, the answer was handled.
        ErasureConfirmed.on(EventTopic.CONSENT, customer, "CONSENT_WITHDRAWN").deleted("consent-records", 0).send();
        Await.until("the marker has arrived", PATIENCE, () -> receipts(customer) == 1);

        assertEquals(0, answered(id), "neither consent-service's part nor marketing-service's is answered");
    }

    @Test
    void anAnswerAboutAnotherCustomerThanTheRequestsIsParked() {
        UUID customer = UUID.randomUUID();
        String id = request(customer, "PORTABILITY");
        RightsAnswered.to(EventTopic.MARKETING, customer, id, "PORTABILITY").aboutCustomer(UUID.randomUUID()).send();
        RightsAnswered.to(EventTopic.MARKETING, customer, id, "ACCESS").send();
        ErasureConfirmed.on(EventTopic.MARKETING, customer, "ADDRESS_BOUNCED").deleted("newsletter-address", 0).send();
        Await.until("the marker has arrived", PATIENCE, () -> receipts(customer) == 1);

        assertEquals(0, answered(id), "an answer for another customer or another type of request answers nothing");
    }

    @Test
    void theAnswersTheseTestsSendKeepTheEventCatalogue() {
        UUID customer = UUID.randomUUID();
        TopicRecords.send(RightsAnswered.to(EventTopic.CONSUMPTION, customer, UUID.randomUUID().toString(), "ACCESS")
                .categories("hourly-readings", "app-profile").record());
        List<ConsumerRecord<String, byte[]>> sent = TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(), PATIENCE,
                read -> read.stream().anyMatch(r -> customer.toString().equals(r.key())))
                .stream().filter(r -> customer.toString().equals(r.key())).toList();
        assertEquals(1, sent.size());
        sent.forEach(EventSchemas::assertConforms);
    }

    private static String request(UUID customer, String type) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", type)).post("/me/requests")
                .then().statusCode(201).extract().path("id");
    }

    private static long answered(String id) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id)
                .then().statusCode(200).extract().jsonPath().getList("rights.services.status", String.class)
                .stream().filter("ANSWERED"::equals).count();
    }

    private static int receipts(UUID customer) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/erasure-receipts")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
