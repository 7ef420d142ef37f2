package no.los.marketing.events;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.los.platform.test.Await;
import no.los.platform.test.TestTokens;

/** The e-mail store as its callers use it: the customer on Min side, marketing, the e-mail service. */
final class Newsletter {

    private Newsletter() {
    }

    /** A synthetic address no other test uses, so that one test's suppression cannot touch another's. */
    static String uniqueAddress() {
        return "kari." + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
    }

    static int subscribe(UUID customer, String email) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .put("/me/newsletter-subscription").statusCode();
    }

    static int mine(UUID customer) {
        return given().auth().oauth2(TestTokens.customer(customer)).get("/me/newsletter-subscription").statusCode();
    }

    /** Gives the newsletter consent in consent-service and subscribes as soon as marketing has learnt of it. */
    static String consentAndSubscribe(UUID customer, String email) {
        String consent = UUID.randomUUID().toString();
        ConsentEvents.given(consent, customer, "NEWSLETTER_EMAIL");
        Await.until("the consent reached marketing", Duration.ofSeconds(30), () -> subscribe(customer, email) == 200);
        return consent;
    }

    static Response bounce(String email, String kind) {
        return given().auth().oauth2(TestTokens.withRoles("newsletter-delivery")).contentType(ContentType.JSON)
                .body(Map.of("email", email, "kind", kind, "bouncedAt", "2026-11-26T10:00:00+01:00"))
                .post("/newsletter/bounces");
    }

    static Response importing(List<Map<String, Object>> entries) {
        return given().auth().oauth2(TestTokens.withRoles("marketing")).contentType(ContentType.JSON)
                .body(Map.of("entries", entries))
                .post("/newsletter/imports");
    }

    static Map<String, Object> entry(UUID customer, String email) {
        return Map.of("customerId", customer.toString(), "email", email);
    }
}
