package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * A restriction (Art. 18) stops the app: the profile and alerts stay but cannot be changed until the
 * restriction is lifted; consumption-service confirms what it stopped, and then what it resumed. A
 * rectification in customer-service touches nothing here, and is answered so.
 */
@QuarkusTest
class RestrictionTest {

    private static final Map<String, Object> FLAT = Map.of("householdSize", 1, "dwellingType", "APARTMENT",
            "heatingType", "DISTRICT", "areaSquareMetres", 40);

    @Test
    void aRestrictionStopsTheAppKeepsItsDataAndLiftingStartsItAgain() {
        UUID customer = UUID.randomUUID();
        AppData.stored(customer);
        UUID request = UUID.randomUUID();

        TopicRecords.send(RightsEvents.requestReceived(customer, request, "RESTRICTION"));
        JsonPath answer = RightsEvents.answers(EventTopic.CONSUMPTION, EventTypes.RIGHTS_ANSWERED, customer, request).get(0);
        assertEquals(List.of("app-profile", "alert-settings"), answer.getList("categories"));

        String token = TestTokens.customer(customer);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(FLAT).put("/me/app-profile")
                .then().statusCode(409).body("detail", containsString("restricted in consumption-service"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("alerts", List.of()))
                .put("/me/alerts").then().statusCode(409);
        assertEquals(4, AppData.heldFor(customer), "the registration, the profile and two alerts stay");
        given().auth().oauth2(token).get("/me/app-profile").then().statusCode(200).body("householdSize", equalTo(3));

        TopicRecords.send(RightsEvents.restrictionLifted(customer, request));
        JsonPath lifted = RightsEvents.answers(EventTopic.CONSUMPTION, EventTypes.RESTRICTION_LIFT_CONFIRMED, customer,
                request).get(0);
        assertEquals(List.of("app-profile", "alert-settings"), lifted.getList("categories"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(FLAT).put("/me/app-profile")
                .then().statusCode(200).body("householdSize", equalTo(1));
    }

    @Test
    void aRectificationAskedForByARequestIsAnsweredAsHoldingNoCopy() {
        UUID customer = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        TopicRecords.send(RightsEvents.customerRectified(customer, request, "POSTAL_ADDRESS", "EMAIL"));

        JsonPath answer = RightsEvents.answers(EventTopic.CONSUMPTION, EventTypes.RIGHTS_ANSWERED, customer, request).get(0);
        assertEquals("RECTIFICATION", answer.getString("requestType"));
        assertEquals(List.of(), answer.getList("categories"), "consumption-service holds no name, address or contact");
    }
}
