package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.TestCustomers;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.time.OsloCalendar;

/**
 * R7: the metering point follows the installation and the meter number follows the meter. A swap
 * keeps the point's id and its meter history; the position is kept to the precision its purpose
 * needs.
 */
@QuarkusTest
class MeterSwapTest {

    private static final LocalDate TODAY = LocalDate.now(OsloCalendar.ZONE);
    private static final String FIRST_METER = "6970631401234567";

    @Test
    void aSwapKeepsTheMeteringPointAndTheMeterHistoryOldestFirst() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);

        swap(customer, gsrn, "6970631409876543", TODAY.minusDays(10)).then().statusCode(200)
                .body("meteringPointId", equalTo(gsrn))
                .body("meterNumber", equalTo("6970631409876543"))
                .body("meterSwaps", equalTo(List.of(swapOf(FIRST_METER, "6970631409876543", TODAY.minusDays(10)))));
        swap(customer, gsrn, "7359992890123456", TODAY).then().statusCode(200);

        List<Map<String, Object>> expected = List.of(swapOf(FIRST_METER, "6970631409876543", TODAY.minusDays(10)),
                swapOf("6970631409876543", "7359992890123456", TODAY));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then().statusCode(200)
                .body("meteringPoints[0].meterNumber", equalTo("7359992890123456"))
                .body("meteringPoints[0].meterSwaps", equalTo(expected));
        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).get("/me").then()
                .body("meteringPoints[0].meterSwaps", equalTo(expected));

        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> history = part.getList("categories.find { it.category.name == 'meter-history' }.records");
        assertEquals(List.of(
                Map.of("meteringPointId", gsrn, "previousMeterNumber", FIRST_METER, "meterNumber", "6970631409876543",
                        "swappedOn", TODAY.minusDays(10).toString()),
                Map.of("meteringPointId", gsrn, "previousMeterNumber", "6970631409876543", "meterNumber",
                        "7359992890123456", "swappedOn", TODAY.toString())), history);
    }

    @Test
    void aSwapThatCannotHaveHappenedIsAProblemNamingTheFieldAndChangesNothing() {
        String customer = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(customer);
        swap(customer, gsrn, "6970631409876543", TODAY.minusDays(5)).then().statusCode(200);

        Map<String, Object[]> refused = Map.of(
                "the meter already mounted", new Object[] { "6970631409876543", TODAY, "meterNumber" },
                "a swap ahead", new Object[] { "6970631400000001", TODAY.plusDays(1), "swappedOn" },
                "before the last swap", new Object[] { "6970631400000001", TODAY.minusDays(6), "swappedOn" },
                "letters in the number", new Object[] { "MTR-1", TODAY, "meterNumber" });
        refused.forEach((why, input) -> swap(customer, gsrn, (String) input[0], (LocalDate) input[1])
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(input[2]))));
        assertEquals(1L, swaps(gsrn));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("meteringPoints[0].meterNumber", equalTo("6970631409876543"));
    }

    @Test
    void onlyTheCustomersOwnMeteringPointCanHaveItsMeterSwapped() {
        String owner = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(owner);
        String other = TestCustomers.registered();

        swap(other, gsrn, "6970631409876543", TODAY).then().statusCode(404)
                .contentType("application/problem+json");
        swap(owner, "707057500012345678", "6970631409876543", TODAY).then().statusCode(400)
                .body("errors.field", equalTo(List.of("meteringPointId")));
        assertEquals(0L, swaps(gsrn));
    }

    @Test
    void aNextTenantWhoRegistersAnotherMeterRecordsTheSwapOnTheDayOfTheHandover() {
        String former = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(former);
        String next = TestCustomers.registered();

        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631405555555", "priceArea", "NO2"))
                .post("/customers/" + next + "/metering-points")
                .then().statusCode(201)
                .body("meterNumber", equalTo("6970631405555555"))
                .body("meterSwaps", equalTo(List.of(swapOf(FIRST_METER, "6970631405555555", TODAY))));
    }

    @Test
    void thePositionIsKeptToFourDecimals() {
        String customer = TestCustomers.registered();
        String gsrn = SyntheticIdentities.meteringPointId();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", FIRST_METER, "priceArea", "NO2",
                        "latitude", 58.14678912, "longitude", 7.99612345))
                .post("/customers/" + customer + "/metering-points")
                .then().statusCode(201)
                .body("latitude", equalTo(58.1468f))
                .body("longitude", equalTo(7.9961f));
        assertEquals("58.1468 7.9961", TestDatabase.text("customer_test",
                "select latitude::text || ' ' || longitude::text from metering_point where id = ?", gsrn));
    }

    private static Response swap(String customer, String gsrn, String meterNumber, LocalDate swappedOn) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meterNumber", meterNumber, "swappedOn", swappedOn.toString()))
                .post("/customers/" + customer + "/metering-points/" + gsrn + "/meter-swaps");
    }

    private static Map<String, Object> swapOf(String previous, String current, LocalDate on) {
        return Map.of("previousMeterNumber", previous, "meterNumber", current, "swappedOn", on.toString());
    }

    private static long swaps(String gsrn) {
        return TestDatabase.number("customer_test", "select count(*) from meter_swap where metering_point_id = ?", gsrn);
    }
}
