package no.los.marketing.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.platform.test.ServiceLog;

/** The e-mail service reports a bounce: the address leaves the store at once, and each deletion is confirmed. */
@QuarkusTest
class NewsletterBounceTest {

    @Test
    void aBouncedAddressIsDeletedFromEverySubscriptionHoldingIt() {
        String email = Newsletter.uniqueAddress();
        UUID kari = UUID.randomUUID();
        UUID ola = UUID.randomUUID();
        Newsletter.consentAndSubscribe(kari, email);
        Newsletter.consentAndSubscribe(ola, email.toUpperCase()); // one household, one address, two customers

        JsonPath outcome = Newsletter.bounce(email.replace("kari", "KARI"), "HARD")
                .then().statusCode(202).body("deletedCount", equalTo(2))
                .extract().jsonPath();

        String bounceId = outcome.getString("bounceId");
        for (UUID customer : new UUID[] { kari, ola }) {
            assertEquals(404, Newsletter.mine(customer));
            JsonPath confirmation = Confirmations.answering(customer, bounceId);
            assertEquals("ADDRESS_BOUNCED", confirmation.getString("trigger"));
            assertEquals(1, Confirmations.deleted(confirmation, "newsletter-address"));
            assertTrue(confirmation.getList("kept").isEmpty());
        }
        assertEquals(1, Stored.consents(kari), "the consent stands: the customer may give a working address");
        assertEquals(200, Newsletter.subscribe(kari, Newsletter.uniqueAddress()));
        assertEquals(0, Stored.rowsMentioning(email), "the bounce report does not hold the address");
        ServiceLog.assertMentionsNoneOf(email, email.toUpperCase(), email.replace("kari", "KARI"));
    }

    @Test
    void aSoftBounceDeletesTheAddressToo() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);

        String bounceId = Newsletter.bounce(email, "SOFT").then().statusCode(202).body("deletedCount", equalTo(1))
                .extract().path("bounceId");

        assertEquals(404, Newsletter.mine(customer));
        assertEquals("ADDRESS_BOUNCED", Confirmations.answering(customer, bounceId).getString("trigger"));
    }

    @Test
    void anUnknownAddressDeletesNothingAndConfirmsNothing() {
        String bounceId = Newsletter.bounce(Newsletter.uniqueAddress(), "HARD")
                .then().statusCode(202).body("deletedCount", equalTo(0))
                .extract().path("bounceId");

        assertEquals(0, Confirmations.naming(bounceId));
    }

    @Test
    void aBounceReportWithoutAValidKindOrAddressIsRefusedAndNamesTheField() {
        String email = Newsletter.uniqueAddress();
        Newsletter.bounce(email, "MAYBE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body(not(containsString(email)));
        Newsletter.bounce("not-an-address", "HARD")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body(not(containsString("not-an-address")));
    }
}
