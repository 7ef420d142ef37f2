package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Await;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestTokens;

/** Marketing imports addresses: only with a consent on record, never past the suppression list, answered in counts. */
@QuarkusTest
class NewsletterImportTest {

    @Test
    void anImportAddsAndUpdatesConsentedAddressesAndSkipsTheRest() {
        UUID fresh = consented();
        UUID subscribed = UUID.randomUUID();
        Newsletter.consentAndSubscribe(subscribed, Newsletter.uniqueAddress());
        UUID withoutConsent = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        String withdrawnAddress = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(withdrawn, withdrawnAddress);
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, withdrawn, "NEWSLETTER_EMAIL");
        Await.until("the withdrawal was carried out", Duration.ofSeconds(30), () -> Handled.withId(withdrawal) == 1);
        UUID sharingTheWithdrawnAddress = consented();

        String freshAddress = Newsletter.uniqueAddress();
        String newAddress = Newsletter.uniqueAddress();
        String body = Newsletter.importing(List.of(
                Newsletter.entry(fresh, freshAddress),
                Newsletter.entry(subscribed, newAddress),
                Newsletter.entry(withoutConsent, Newsletter.uniqueAddress()),
                Newsletter.entry(withdrawn, Newsletter.uniqueAddress()),
                Newsletter.entry(sharingTheWithdrawnAddress, withdrawnAddress.toUpperCase())))
                .then().statusCode(200)
                .body("added", equalTo(1))
                .body("updated", equalTo(1))
                .body("skippedSuppressed", equalTo(2))
                .body("skippedNoConsent", equalTo(1))
                .extract().asString();

        assertFalse(body.contains("@"), "the answer echoes no address");
        given().auth().oauth2(TestTokens.customer(fresh)).get("/me/newsletter-subscription")
                .then().statusCode(200).body("email", equalTo(freshAddress));
        given().auth().oauth2(TestTokens.customer(subscribed)).get("/me/newsletter-subscription")
                .then().statusCode(200).body("email", equalTo(newAddress));
        given().auth().oauth2(TestTokens.withRoles("marketing")).queryParam("limit", 1000).get("/newsletter/subscriptions")
                .then().statusCode(200).body("items.customerId", hasItem(fresh.toString()));
        assertEquals(0, Stored.subscriptions(withoutConsent));
        assertEquals(0, Stored.subscriptions(withdrawn));
        assertEquals(0, Stored.subscriptions(sharingTheWithdrawnAddress), "a suppressed address stays out under any id");
        ServiceLog.assertMentionsNoneOf(freshAddress, newAddress, withdrawnAddress);
    }

    @Test
    void anInvalidEntryRefusesTheWholeImportAndNamesTheField() {
        UUID customer = consented();
        String email = Newsletter.uniqueAddress();
        Newsletter.importing(List.of(Newsletter.entry(customer, email), Map.of("customerId", customer.toString(),
                "email", "kari.at.example.no")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("entries[1].email"))
                .body(not(containsString("kari.at.example.no")));
        assertEquals(0, Stored.subscriptions(customer), "nothing of the import was stored");
    }

    @Test
    void anImportTakesAtMostAThousandEntries() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            entries.add(Newsletter.entry(UUID.randomUUID(), Newsletter.uniqueAddress()));
        }
        Newsletter.importing(entries)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("entries"));
        Newsletter.importing(List.of())
                .then().statusCode(400)
                .body("errors.field", hasItem("entries"));
    }

    /** A customer whose newsletter consent marketing knows of, without an address yet. */
    private static UUID consented() {
        UUID customer = UUID.randomUUID();
        String consent = UUID.randomUUID().toString();
        ConsentEvents.given(consent, customer, "NEWSLETTER_EMAIL");
        Await.until("the consent reached marketing", Duration.ofSeconds(30), () -> Handled.withId(consent) == 1);
        return customer;
    }
}
