package no.los.consumption.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.los.consumption.ConsentEvents;
import no.los.consumption.ConsumptionDatabase;
import no.los.platform.test.TestTokens;

/** The app's own data: only with the VISUALISATION_APP consent, only the customer's own, through /me. */
@QuarkusTest
class AppDataApiTest {

    private static final Map<String, Object> HOUSE = Map.of("householdSize", 3, "dwellingType", "HOUSE",
            "heatingType", "HEAT_PUMP", "areaSquareMetres", 120);
    private static final Map<String, Object> ALERTS = Map.of("alerts", List.of(
            Map.of("kind", "DAILY_CONSUMPTION_ABOVE", "threshold", 40.0),
            Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 2.5)));

    @Test
    void withoutTheAppConsentNothingCanBeStored() {
        String token = TestTokens.customer(UUID.randomUUID());
        putProfile(token, HOUSE).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:los:problem:conflict"));
        putAlerts(token, ALERTS).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).get("/me/app-profile")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).get("/me/alerts").then().statusCode(200).body("alerts", hasSize(0));
    }

    @Test
    void anotherPurposeDoesNotOpenTheApp() {
        UUID customer = UUID.randomUUID();
        ConsentEvents.given(customer, "SURVEYS");
        ConsumptionDatabase.awaitCount("the survey consent was handled", 1,
                "select count(*) from processed_event where event_subject = ?", customer.toString());
        putProfile(TestTokens.customer(customer), HOUSE).then().statusCode(409);
    }

    @Test
    void withTheConsentTheCustomerKeepsAProfileAndAlerts() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        ConsentEvents.appConsentGiven(customer);

        putProfile(token, HOUSE).then().statusCode(200)
                .body("householdSize", equalTo(3))
                .body("dwellingType", equalTo("HOUSE"))
                .body("heatingType", equalTo("HEAT_PUMP"))
                .body("areaSquareMetres", equalTo(120));
        putProfile(token, Map.of("householdSize", 2, "dwellingType", "APARTMENT", "heatingType", "DISTRICT",
                "areaSquareMetres", 64)).then().statusCode(200);
        given().auth().oauth2(token).get("/me/app-profile")
                .then().statusCode(200)
                .body("householdSize", equalTo(2))
                .body("dwellingType", equalTo("APARTMENT"))
                .body("areaSquareMetres", equalTo(64));

        putAlerts(token, ALERTS).then().statusCode(200)
                .body("alerts.kind", contains("DAILY_CONSUMPTION_ABOVE", "HOURLY_PRICE_ABOVE"))
                .body("alerts.threshold", contains(40.0f, 2.5f));
        putAlerts(token, Map.of("alerts", List.of(Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 3))))
                .then().statusCode(200).body("alerts.kind", contains("HOURLY_PRICE_ABOVE"));
        given().auth().oauth2(token).get("/me/alerts")
                .then().statusCode(200)
                .body("alerts", hasSize(1))
                .body("alerts[0].threshold", equalTo(3.0f));

        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/app-profile")
                .then().statusCode(404);
    }

    @Test
    void invalidProfilesAndAlertsAreProblemsNamingTheFieldAndChangeNothing() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        ConsentEvents.appConsentGiven(customer);

        putProfile(token, Map.of("householdSize", 0, "dwellingType", "HOUSE", "heatingType", "HEAT_PUMP",
                "areaSquareMetres", 120)).then().statusCode(400).body("errors.field", contains("householdSize"));
        putProfile(token, Map.of("householdSize", 3, "dwellingType", "CASTLE", "heatingType", "HEAT_PUMP",
                "areaSquareMetres", 120)).then().statusCode(400).body("errors.field", contains("dwellingType"));
        putProfile(token, Map.of("householdSize", 3, "dwellingType", "HOUSE", "heatingType", "HEAT_PUMP"))
                .then().statusCode(400).body("errors.field", contains("areaSquareMetres"));
        given().auth().oauth2(token).get("/me/app-profile").then().statusCode(404);

        putAlerts(token, Map.of("alerts", List.of(Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", -1))))
                .then().statusCode(400).body("errors.field", contains("alerts[0].threshold"));
        putAlerts(token, Map.of("alerts", List.of(Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 1.2345))))
                .then().statusCode(400).body("errors.field", contains("alerts[0].threshold"));
        putAlerts(token, Map.of("alerts", List.of(Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 1),
                Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 2))))
                .then().statusCode(400).body("errors.field", contains("alerts[1].kind"));
        putAlerts(token, Map.of("alerts", List.of(Map.of("kind", "WEEKLY_MOOD", "threshold", 1))))
                .then().statusCode(400).body("errors[0].field", equalTo("alerts[0].kind"));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from alert_setting where customer_id = ?", customer));
    }

    private static Response putProfile(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/me/app-profile");
    }

    private static Response putAlerts(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/me/alerts");
    }
}
