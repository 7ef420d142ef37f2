package no.los.consent.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.consent.ConsentDatabase;
import no.los.platform.test.Await;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Staff act only on customers customer-service registered (issue 11, item 7): consent-service learns
 * them from the {@code registered} events, and a call naming any other id is a 404 that stores and
 * announces nothing.
 */
@QuarkusTest
class UnknownCustomerTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anObjectionForACustomerNobodyRegisteredIsA404AndNothingIsStoredOrAnnounced() {
        UUID nobody = UUID.randomUUID();

        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "EMAIL"))
                .post("/customers/" + nobody + "/objections")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:los:problem:not-found"))
                .body("detail", containsString("unknown to consent-service"))
                .body("detail", containsString("customer-service has not registered"));

        assertEquals(0, ConsentDatabase.objections(nobody), "no objection stored");
        assertEquals(0, ConsentDatabase.outboxEvents(nobody, "no.los.consent.objection-registered.v1"), "none announced");
        assertEquals(0, ConsentDatabase.outboxEvents(nobody, "no.los.consent.withdrawn.v1"), "nothing withdrawn");
    }

    @Test
    void aWithdrawalForACustomerNobodyRegisteredIsA404AndNothingIsRecorded() {
        UUID nobody = UUID.randomUUID();

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "evidence", "E-mail to personvern@los.no"))
                .post("/customers/" + nobody + "/consents/NEWSLETTER_EMAIL/withdrawal")
                .then().statusCode(404).contentType(PROBLEM);

        assertEquals(0, ConsentDatabase.ledgerLines(nobody));
        assertEquals(0, ConsentDatabase.outboxEvents(nobody, "no.los.consent.withdrawn.v1"));
    }

    @Test
    void readingTheConsentsOrObjectionsOfSomebodyUnknownIsA404() {
        UUID nobody = UUID.randomUUID();

        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + nobody + "/consents")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + nobody + "/objections")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void customerServicesRegisteredEventMakesTheCustomerKnownAndStaffCallsGoThrough() {
        UUID customer = UUID.randomUUID();
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/consents")
                .then().statusCode(404);

        TopicRecords.send(KnownCustomerFixture.registeredEvent(UUID.randomUUID().toString(), customer));
        Await.until("consent-service learnt the customer", Duration.ofSeconds(30),
                () -> KnownCustomerFixture.known("consent_test", customer));

        given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/consents")
                .then().statusCode(200).body("customerId", equalTo(customer.toString()));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "EMAIL"))
                .post("/customers/" + customer + "/objections")
                .then().statusCode(201);
        assertEquals(1, ConsentDatabase.outboxEvents(customer, "no.los.consent.objection-registered.v1"));
    }

    @Test
    void aRegisteredEventFromAnotherSourceTeachesNothing() {
        UUID customer = UUID.randomUUID();
        String forged = UUID.randomUUID().toString();
        var record = TopicRecords.cloudEvent("los.customer.events", forged, "/los/marketing-service",
                "no.los.customer.registered.v1", customer.toString(),
                "{\"customerId\":\"%s\",\"registeredAt\":\"2026-01-01T00:00:00Z\"}".formatted(customer));
        int partition = TopicRecords.send(record).partition();
        UUID somebody = UUID.randomUUID(); // registered right behind it, on the same partition
        TopicRecords.send(TopicRecords.onPartition(
                KnownCustomerFixture.registeredEvent(UUID.randomUUID().toString(), somebody), partition));
        Await.until("the event behind the forged one was handled", Duration.ofSeconds(30),
                () -> KnownCustomerFixture.known("consent_test", somebody));

        assertFalse(KnownCustomerFixture.known("consent_test", customer), "a forged registration is parked");
    }
}
