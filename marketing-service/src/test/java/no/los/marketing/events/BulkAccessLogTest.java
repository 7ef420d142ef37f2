package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;

/**
 * The newsletter list's bulk operations touch many people at once; the access log (R8) still says,
 * person by person, which machine or staff member read or changed their address.
 */
@QuarkusTest
class BulkAccessLogTest {

    private static final String DELIVERY = TestTokens.withRoles("newsletter-delivery");

    @Test
    void everySubscriberOnAPageOfTheListIsLoggedAsReadByTheDeliveryIntegration() {
        List<UUID> subscribers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID customer = UUID.randomUUID();
            Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
            subscribers.add(customer);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do { // the whole list, a page at a time, as the e-mail provider fetches it for a send-out
            var request = given().auth().oauth2(DELIVERY).queryParam("limit", 1000);
            var page = (after == null ? request : request.queryParam("after", after))
                    .get("/newsletter/subscriptions").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.customerId"));
            after = page.getString("next");
        } while (after != null);

        for (UUID subscriber : subscribers) {
            assertTrue(seen.contains(subscriber.toString()));
            assertEquals(1, entries(subscriber, "newsletter-address", "READ", "newsletter-delivery"),
                    "the delivery integration read this subscriber's address, once");
        }
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/access-log/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anImportIsLoggedAsAChangeForEveryCustomerItNamed() {
        UUID consented = UUID.randomUUID();
        UUID withoutConsent = UUID.randomUUID();
        Newsletter.consentAndSubscribe(consented, Newsletter.uniqueAddress());

        Newsletter.importing(List.of(Newsletter.entry(consented, Newsletter.uniqueAddress()),
                Newsletter.entry(withoutConsent, Newsletter.uniqueAddress()))).then().statusCode(200);

        String categories = "newsletter-address,suppression-entry,newsletter-consent";
        assertEquals(1, entries(consented, categories, "CHANGE", "marketing"));
        assertEquals(1, entries(withoutConsent, categories, "CHANGE", "marketing"),
                "checked against the consent and the suppression list, though nothing was stored");
    }

    @Test
    void aBounceIsLoggedForTheSubscriberWhoseAddressWent() {
        UUID customer = UUID.randomUUID();
        String address = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, address);

        Newsletter.bounce(address, "HARD").then().statusCode(202);

        assertEquals(1, entries(customer, "newsletter-address,bounce-report", "CHANGE", "newsletter-delivery"));
    }

    private static long entries(UUID customer, String category, String operation, String role) {
        return TestDatabase.number("marketing_test", "select count(*) from access_log_entry where customer_id = ? "
                + "and category = ? and operation = ? and actor_roles = ?", customer, category, operation, role);
    }
}
