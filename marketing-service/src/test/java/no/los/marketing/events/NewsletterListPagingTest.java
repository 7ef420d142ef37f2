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
import io.restassured.path.json.JsonPath;

import no.los.platform.test.TestTokens;

/** The newsletter list, which spans every subscriber, is handed out a page at a time (OWASP API4). */
@QuarkusTest
class NewsletterListPagingTest {

    private static final String DELIVERY = TestTokens.withRoles("newsletter-delivery");

    @Test
    void theListComesInPagesInCustomerIdOrderUntilThereIsNoNext() {
        List<String> subscribed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID customer = UUID.randomUUID();
            Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
            subscribed.add(customer.toString());
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(DELIVERY).queryParam("limit", 2);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get("/newsletter/subscriptions").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.customerId");
            assertTrue(ids.size() <= 2, "never more than the page size asked for");
            seen.addAll(ids);
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10_000);
        assertTrue(seen.containsAll(subscribed), "every subscriber is on some page");
        assertEquals(seen.stream().sorted().toList(), seen, "in customer-id order, each once");
        assertEquals(seen.stream().distinct().count(), seen.size());
    }

    @Test
    void aPageSizeBeyondTheMaximumIsAProblem() {
        for (int limit : new int[] { 0, 1001 }) {
            given().auth().oauth2(DELIVERY).queryParam("limit", limit).get("/newsletter/subscriptions")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }
}
