package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import no.los.consumption.ConsentEvents;
import no.los.consumption.ConsumptionDatabase;
import no.los.platform.test.TestTokens;

/** Test data for the erasure tests: a customer with app data, and readings of a metering point. */
final class AppData {

    private AppData() {
    }

    /** Gives the app consent and stores a profile and two alerts through the API. */
    static void stored(UUID customer) {
        ConsentEvents.appConsentGiven(customer);
        String token = TestTokens.customer(customer);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("householdSize", 3, "dwellingType", "HOUSE", "heatingType", "HEAT_PUMP", "areaSquareMetres", 120))
                .put("/me/app-profile").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("alerts", List.of(Map.of("kind", "DAILY_CONSUMPTION_ABOVE", "threshold", 40.0),
                        Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 2.5))))
                .put("/me/alerts").then().statusCode(200);
    }

    /** How many app records of any kind the database holds for the customer. */
    static long heldFor(UUID customer) {
        return ConsumptionDatabase.count("""
                select (select count(*) from app_registration where customer_id = ?1)
                     + (select count(*) from app_profile where customer_id = ?1)
                     + (select count(*) from alert_setting where customer_id = ?1)""".replace("?1", "?"),
                customer, customer, customer);
    }

    /** Stores a day of readings (24 hours, Europe/Oslo winter time) through the billing integration's API. */
    static void readingsOfADay(String gsrn, LocalDate day) {
        OffsetDateTime midnight = day.atStartOfDay().atOffset(OffsetDateTime.parse("2026-11-24T00:00:00+01:00").getOffset());
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(Map.of("start", midnight.plusHours(h).toString(), "kwh", 1.5));
        }
        given().auth().oauth2(TestTokens.withRoles("billing")).contentType(ContentType.JSON)
                .body(Map.of("readings", hours))
                .put("/metering-points/" + gsrn + "/readings").then().statusCode(200);
    }

    static long readingsOf(String gsrn) {
        return ConsumptionDatabase.count("select count(*) from hourly_reading where metering_point_id = ?", gsrn);
    }
}
