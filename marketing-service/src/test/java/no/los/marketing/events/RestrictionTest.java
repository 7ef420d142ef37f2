package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * A restriction (Art. 18) leaves the person out of the newsletter list, so no newsletter goes to
 * them, while the address stays; lifting it puts them back. marketing-service confirms both.
 */
@QuarkusTest
class RestrictionTest {

    private static final String DELIVERY = TestTokens.withRoles("newsletter-delivery");

    @Test
    void aRestrictedSubscriberIsLeftOutOfTheListUntilTheRestrictionIsLifted() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
        assertTrue(list().contains(customer.toString()));
        UUID request = UUID.randomUUID();

        TopicRecords.send(RightsEvents.requestReceived(customer, request, "RESTRICTION"));
        JsonPath answer = RightsEvents.answers(EventTopic.MARKETING, EventTypes.RIGHTS_ANSWERED, customer, request).get(0);
        assertEquals(List.of("newsletter-address"), answer.getList("categories"));
        assertFalse(list().contains(customer.toString()), "no newsletter goes to a restricted person");
        assertEquals(200, Newsletter.mine(customer), "the address stays");

        TopicRecords.send(RightsEvents.restrictionLifted(customer, request));
        RightsEvents.answers(EventTopic.MARKETING, EventTypes.RESTRICTION_LIFT_CONFIRMED, customer, request);
        assertTrue(list().contains(customer.toString()), "back on the list once lifted");
    }

    /** Every customer id on the newsletter list, page by page. */
    private static List<String> list() {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(DELIVERY).queryParam("limit", 1000);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get("/newsletter/subscriptions").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.customerId"));
            after = page.getString("next");
        } while (after != null);
        return ids;
    }
}
