package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/** The e-mail store follows the newsletter consent: no consent, no address (R10, R16). */
@QuarkusTest
class NewsletterConsentTest {

    @Test
    void anAddressCannotEnterWithoutANewsletterConsent() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("email", "kari.testesen@example.no"))
                .put("/me/newsletter-subscription")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void withdrawingTheConsentDeletesTheAddressAndConfirmsIt() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        ConsentEvents.given(UUID.randomUUID().toString(), customer, "NEWSLETTER_EMAIL");
        Await.until("the consent reached marketing", Duration.ofSeconds(30), () -> subscribe(token) == 200);
        given().auth().oauth2(token).get("/me/newsletter-subscription")
                .then().statusCode(200).body("email", equalTo("kari.testesen@example.no"));

        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");

        Await.until("the address is gone", Duration.ofSeconds(30),
                () -> given().auth().oauth2(token).get("/me/newsletter-subscription").statusCode() == 404);
        List<ConsumerRecord<String, byte[]>> confirmations = TopicRecords.readUntil(EventTopic.MARKETING.topicName(),
                Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> customer.toString().equals(r.key())));
        ConsumerRecord<String, byte[]> confirmed = confirmations.stream()
                .filter(r -> customer.toString().equals(r.key())).findFirst().orElseThrow();
        EventSchemas.assertConforms(confirmed);
        JsonPath confirmation = JsonPath.from(TopicRecords.value(confirmed));
        assertEquals(withdrawal, confirmation.getString("triggerEventId"));
        assertEquals(1, confirmation.getInt("deletedCount"));
        assertEquals("CONSENT_WITHDRAWN", confirmation.getString("reason"));
        assertEquals(409, subscribe(token), "without the consent the address cannot come back");
        ServiceLog.assertMentionsNoneOf("kari.testesen@example.no");
    }

    @Test
    void otherPurposesDoNotOpenTheStore() {
        UUID customer = UUID.randomUUID();
        ConsentEvents.given(UUID.randomUUID().toString(), customer, "SURVEYS");
        UUID marker = UUID.randomUUID();
        ConsentEvents.given(UUID.randomUUID().toString(), marker, "NEWSLETTER_EMAIL");
        // Events of one partition arrive in order; waiting for a later one on any partition is not enough,
        // so wait for the marker and then check the survey consent did not open the store.
        Await.until("the marker consent arrived", Duration.ofSeconds(30),
                () -> subscribe(TestTokens.customer(marker)) == 200);
        Await.until("the survey consent was handled", Duration.ofSeconds(30),
                () -> Handled.count(customer) == 1);
        assertEquals(409, subscribe(TestTokens.customer(customer)));
    }

    private static int subscribe(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("email", "kari.testesen@example.no"))
                .put("/me/newsletter-subscription").statusCode();
    }
}
