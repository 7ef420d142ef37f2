package no.los.dsar.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.ErasureConfirmed;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;
import no.los.dsar.service.RequestIntake.ReceiveRequest;
import no.los.platform.events.EventTopic;
import no.los.platform.http.Page;
import no.los.platform.test.Await;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.ManagementInterface;
import no.los.platform.test.TestTokens;

/**
 * The privacy officer's worklist: erasure requests some service has not confirmed in time, and
 * requests past their statutory month. Requests are registered as received in the past, as a letter
 * opened days after it arrived would be, so no test waits for the clock.
 */
@QuarkusTest
class FlaggedRequestsTest {

    @Inject
    RequestIntake intake;

    @Test
    void anErasureRequestNotConfirmedWithinTheTimeoutIsLateUntilEveryServiceHasConfirmed() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String late = receivedAgo(customer, RequestType.ERASURE, Duration.ofHours(1));
        String fresh = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", "ERASURE", "channel", "PHONE"))
                .post("/requests").then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=late")
                .then().statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.id", not(hasItem(fresh)))
                .body("items.find { it.id == '%s' }.erasure.late".formatted(late), equalTo(true))
                .body("items.find { it.id == '%s' }.overdue".formatted(late), equalTo(false));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + late)
                .then().statusCode(200).body("erasure.late", equalTo(true)).body("erasure.status", equalTo("IN_PROGRESS"));
        // the gauge is read in the background (every second under test), not at the scrape
        Await.until("the gauge counts the late request", Duration.ofSeconds(10), () -> lateRequestsMetric() >= 1);

        for (EventTopic topic : new EventTopic[] { EventTopic.CUSTOMER, EventTopic.CONSENT, EventTopic.CONSUMPTION,
                EventTopic.MARKETING }) {
            ErasureConfirmed.ofRequest(topic, customer, late).deleted("contact-details", 1).send();
        }
        Await.until("the late request is completed", Duration.ofSeconds(30),
                () -> "COMPLETED".equals(given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + late)
                        .then().extract().path("status")));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/requests/" + late)
                .then().body("erasure.late", equalTo(false));
        given().auth().oauth2(TestTokens.withRoles("admin"))
                .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=late")
                .then().statusCode(200).body("items.id", not(hasItem(late)));
    }

    @Test
    void aRequestStillOpenAfterItsStatutoryMonthIsOverdue() {
        UUID customer = UUID.randomUUID();
        String overdue = receivedAgo(customer, RequestType.ACCESS, Duration.ofDays(62));
        String current = receivedAgo(customer, RequestType.ACCESS, Duration.ofDays(20));

        given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=overdue")
                .then().statusCode(200)
                .body("items.id", hasItem(overdue))
                .body("items.id", not(hasItem(current)))
                .body("items.find { it.id == '%s' }.overdue".formatted(overdue), equalTo(true));
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/requests/" + current)
                .then().statusCode(200).body("overdue", equalTo(false));
        // No service has delivered its part of the overdue access request, long after the answer timeout.
        given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("limit", Page.MAX_SIZE).get("/requests?flag=late")
                .then().statusCode(200)
                .body("items.id", hasItem(overdue))
                .body("items.find { it.id == '%s' }.rights.late".formatted(overdue), equalTo(true))
                .body("items.find { it.id == '%s' }.rights.services.status".formatted(overdue), everyItem(equalTo("AWAITED")));
    }

    @Test
    void theFlagMustBeNamed() {
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("flag"));
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests?flag=urgent")
                .then().statusCode(400)
                .body("errors.field", contains("flag"));
    }

    private String receivedAgo(UUID customer, RequestType type, Duration ago) {
        return intake.receive(new ReceiveRequest(customer, type, RequestChannel.MIN_SIDE, SubmittedBy.DATA_SUBJECT),
                OffsetDateTime.now().minus(ago)).request().id().toString();
    }

    private static double lateRequestsMetric() {
        String metrics = given().get(ManagementInterface.url("/q/metrics")).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("los_dsar_erasure_late_requests"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no los_dsar_erasure_late_requests metric"));
    }
}
