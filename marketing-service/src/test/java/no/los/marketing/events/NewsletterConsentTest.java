package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.suppression.SuppressionHashes;
import no.los.marketing.suppression.SuppressionReason;
import no.los.platform.test.Await;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestTokens;

/** The e-mail store follows the newsletter consent: no consent, no address (R10, R16). */
@QuarkusTest
class NewsletterConsentTest {

    @Inject
    SuppressionHashes hashes;

    @Test
    void anAddressCannotEnterWithoutANewsletterConsent() {
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("email", Newsletter.uniqueAddress()))
                .put("/me/newsletter-subscription")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void withdrawingTheConsentDeletesTheAddressAndConfirmsIt() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);
        given().auth().oauth2(TestTokens.customer(customer)).get("/me/newsletter-subscription")
                .then().statusCode(200).body("email", equalTo(email));

        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");

        Await.until("the address is gone", Duration.ofSeconds(30), () -> Newsletter.mine(customer) == 404);
        JsonPath confirmation = Confirmations.answering(customer, withdrawal);
        assertEquals("CONSENT_WITHDRAWN", confirmation.getString("trigger"));
        assertEquals("marketing-service", confirmation.getString("service"));
        assertEquals(customer.toString(), confirmation.getString("customerId"));
        assertNull(confirmation.get("requestId"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-address"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-consent"));
        assertEquals(List.of(Map.of("category", "suppression-entry", "count", 1, "reason", "MARKETING_SUPPRESSION")),
                confirmation.getList("kept.collect { [category: it.category, count: it.count, reason: it.reason] }"));
        assertNull(confirmation.get("kept[0].until"), "a suppression has no fixed end");
        assertEquals(0, Stored.consents(customer), "the consent record is gone too");
        assertEquals(409, Newsletter.subscribe(customer, email), "without the consent the address cannot come back");
        ServiceLog.assertMentionsNoneOf(email);
    }

    @Test
    void theSuppressionListRemembersTheWithdrawalWithoutHoldingTheAddress() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");
        Await.until("the withdrawal was carried out", Duration.ofSeconds(30), () -> Handled.withId(withdrawal) == 1);

        assertEquals(1, Stored.suppression(hashes.ofCustomer(customer),
                hashes.ofAddress(new NewsletterAddress(email.toUpperCase())), SuppressionReason.CONSENT_WITHDRAWN),
                "one line: the keyed hashes of the customer and of the normalised address");
        assertEquals(0, Stored.rowsMentioning(email), "no table holds the address, in clear or as bytes");
        assertEquals(0, Stored.suppressionRowsMentioning(customer.toString()),
                "the suppression list does not hold the customer id either");
    }

    @Test
    void anImportCannotBringAWithdrawnAddressBackButAFreshSubscriptionCan() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");
        Await.until("the withdrawal was carried out", Duration.ofSeconds(30), () -> Handled.withId(withdrawal) == 1);

        // The customer consents afresh; an import from an old list still may not override the withdrawal.
        String freshConsent = UUID.randomUUID().toString();
        ConsentEvents.given(freshConsent, customer, "NEWSLETTER_EMAIL");
        Await.until("the fresh consent arrived", Duration.ofSeconds(30), () -> Handled.withId(freshConsent) == 1);
        Newsletter.importing(List.of(Newsletter.entry(customer, email.toUpperCase())))
                .then().statusCode(200)
                .body("added", equalTo(0)).body("skippedSuppressed", equalTo(1));
        assertEquals(0, Stored.subscriptions(customer));

        // Subscribing herself after the fresh consent lifts the withdrawal.
        assertEquals(200, Newsletter.subscribe(customer, email));
        assertEquals(0, Stored.suppressionOfCustomer(hashes.ofCustomer(customer)));
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
                () -> Newsletter.subscribe(marker, Newsletter.uniqueAddress()) == 200);
        Await.until("the survey consent was handled", Duration.ofSeconds(30),
                () -> Handled.count(customer) == 1);
        assertEquals(409, Newsletter.subscribe(customer, Newsletter.uniqueAddress()));
    }
}
