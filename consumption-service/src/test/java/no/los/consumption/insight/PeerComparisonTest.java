package no.los.consumption.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.consumption.ConsentEvents;
import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.test.RightsEvents;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Comparison with similar households (R12): a household's month beside the other app households of the
 * same price area, dwelling type, heating, floor-area band and household-size band. The figures are
 * shown only for ten households or more of which none dominates, rounded, and never with the household
 * itself in them. An upheld objection to peer comparison (Art. 21) takes the person out of every group and
 * ends their own comparison, and consumption-service answers the request that made it with what it
 * stopped; a restriction (Art. 18) takes them out too.
 */
@QuarkusTest
class PeerComparisonTest {

    /** No other test describes a terraced house of 60–99 m² for two heated with wood: the group is this test's own. */
    private static final Map<String, Object> TERRACED_WOOD = Map.of("householdSize", 2, "dwellingType", "TERRACED",
            "heatingType", "WOOD", "areaSquareMetres", 95);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Test
    void anUpheldObjectionOrARestrictionTakesThePersonOutOfEveryGroupAndEndsTheirOwnComparison() {
        UUID me = household(0.5);
        List<UUID> peers = new ArrayList<>();
        for (int kwhPerHour = 10; kwhPerHour <= 20; kwhPerHour++) {
            peers.add(household(kwhPerHour));
        }
        JsonPath all = comparisonOf(me).then().statusCode(200).extract().jsonPath();
        assertEquals("2025-03", all.getString("month"));
        assertEquals(List.of("NO2", "TERRACED", "WOOD", "60_99", "2"), List.of(all.getString("priceArea"),
                all.getString("dwellingType"), all.getString("heatingType"), all.getString("areaBand"),
                all.getString("householdSizeBand")));
        assertEquals(12.0, all.getDouble("ownKwh"), "24 hours of 0.5 kWh");
        assertEquals(11, all.getInt("households"), "the eleven other households, not my own");
        assertEquals(360.0, all.getDouble("averageKwh"), "240, 264, … 480 kWh");
        assertEquals(360.0, all.getDouble("medianKwh"));
        assertEquals(264.0, all.getDouble("efficientKwh"), "the three that used least: 240, 264 and 288 kWh");

        UUID objector = peers.get(10);
        UUID request = UUID.randomUUID();
        TopicRecords.send(RightsEvents.objectionUpheld(objector, UUID.randomUUID(), "PEER_COMPARISON", request));
        JsonPath answer = RightsEvents.answers(EventTopic.CONSUMPTION, EventTypes.RIGHTS_ANSWERED, objector, request)
                .get(0);
        assertEquals("OBJECTION", answer.getString("requestType"));
        assertEquals(List.of("app-profile", "hourly-readings"), answer.getList("categories"));
        JsonPath withoutObjector = comparisonOf(me).then().statusCode(200).extract().jsonPath();
        assertEquals(10, withoutObjector.getInt("households"));
        assertEquals(348.0, withoutObjector.getDouble("averageKwh"), "240 … 456 kWh: the 480 left with the objector");
        comparisonOf(objector).then().statusCode(409).body("detail", containsString("objection"));
        assertEquals(1, ConsumptionDatabase.count("select count(*) from upheld_objection where customer_id = ?",
                objector), "kept, with the objector's readings and profile, which stay");

        TopicRecords.send(RightsEvents.requestReceived(peers.get(9), UUID.randomUUID(), "RESTRICTION"));
        ConsumptionDatabase.awaitCount("the restriction took effect", 1,
                "select count(*) from restricted_customer where customer_id = ?", peers.get(9));
        comparisonOf(me).then().statusCode(200)
                .body("households", equalTo(9))
                .body("comparable", equalTo(false))
                .body("hiddenBecause", equalTo("TOO_FEW_HOUSEHOLDS"));
    }

    @Test
    void aGroupOfNineIsHiddenAndAGroupOfTenShown() {
        Map<String, Object> cabins = Map.of("householdSize", 9, "dwellingType", "CABIN", "heatingType", "DISTRICT",
                "areaSquareMetres", 400);
        UUID me = household(1.0, cabins);
        for (int i = 0; i < 9; i++) {
            household(2.0, cabins);
        }
        comparisonOf(me).then().statusCode(200)
                .body("households", equalTo(9))
                .body("comparable", equalTo(false))
                .body("hiddenBecause", equalTo("TOO_FEW_HOUSEHOLDS"))
                .body("averageKwh", nullValue())
                .body("medianKwh", nullValue())
                .body("efficientKwh", nullValue());

        household(2.0, cabins);
        comparisonOf(me).then().statusCode(200)
                .body("households", equalTo(10))
                .body("comparable", equalTo(true))
                .body("hiddenBecause", nullValue())
                .body("averageKwh", equalTo(48));
    }

    @Test
    void oneHouseholdThatDominatesHidesItsGroup() {
        Map<String, Object> flats = Map.of("householdSize", 1, "dwellingType", "APARTMENT", "heatingType", "OTHER",
                "areaSquareMetres", 40);
        UUID me = household(1.0, flats);
        for (int i = 0; i < 9; i++) {
            household(1.0, flats);
        }
        household(10.0, flats);
        comparisonOf(me).then().statusCode(200)
                .body("households", equalTo(10))
                .body("comparable", equalTo(false))
                .body("hiddenBecause", equalTo("ONE_HOUSEHOLD_DOMINATES"))
                .body("averageKwh", nullValue());
    }

    @Test
    void theHouseholdIsNotInItsOwnGroupsFigures() {
        Map<String, Object> bigHouses = Map.of("householdSize", 6, "dwellingType", "HOUSE", "heatingType", "ELECTRIC",
                "areaSquareMetres", 250);
        UUID me = household(100.0, bigHouses);
        for (int i = 0; i < 10; i++) {
            household(2.0, bigHouses);
        }
        comparisonOf(me).then().statusCode(200)
                .body("ownKwh", equalTo(2400.0f))
                .body("households", equalTo(10))
                .body("comparable", equalTo(true))
                .body("averageKwh", equalTo(48))
                .body("medianKwh", equalTo(48))
                .body("efficientKwh", equalTo(48));
    }

    @Test
    void aMonthThatIsNoCalendarMonthOrAHouseholdNotDescribedIsAProblem() {
        UUID stranger = UUID.randomUUID();
        ConsentEvents.appConsentGiven(stranger);
        comparisonOf(stranger).then().statusCode(409).body("detail", containsString("app profile"));
        given().auth().oauth2(TestTokens.customer(stranger)).queryParam("month", "2025-13")
                .get("/me/consumption/similar-households")
                .then().statusCode(400).body("errors.field", contains("month"));
    }

    private static UUID household(double kwhPerHour) {
        return household(kwhPerHour, TERRACED_WOOD);
    }

    /**
     * A customer with the app, the household described, one metering point supplied since February 2025
     * and a day of readings in March 2025.
     */
    private static UUID household(double kwhPerHour, Map<String, Object> profile) {
        UUID customer = UUID.randomUUID();
        ConsentEvents.appConsentGiven(customer);
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(profile)
                .put("/me/app-profile").then().statusCode(200);
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, DAY.minusMonths(1));
        OffsetDateTime midnight = DAY.atStartOfDay(ZoneId.of("Europe/Oslo")).toOffsetDateTime();
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(Map.of("start", midnight.plusHours(h).toString(), "kwh", kwhPerHour));
        }
        given().auth().oauth2(TestTokens.withRoles("billing")).contentType(ContentType.JSON)
                .body(Map.of("readings", hours))
                .put("/metering-points/" + gsrn + "/readings").then().statusCode(200);
        return customer;
    }

    private static Response comparisonOf(UUID customer) {
        return given().auth().oauth2(TestTokens.customer(customer)).queryParam("month", "2025-03")
                .get("/me/consumption/similar-households");
    }
}
