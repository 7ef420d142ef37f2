package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import no.los.customer.CustomerEvents;
import no.los.customer.TestCustomers;
import no.los.platform.time.OsloCalendar;

/**
 * A metering point changes hands when the next tenant at the address registers it: only once no open
 * contract of the former tenant supplies it, and announced with the time the new tenancy began, which
 * orders the tenants of the point for the services that learn it.
 */
@QuarkusTest
class MeteringPointHandoverTest {

    private static final String METERING_POINT_ADDED = "no.los.customer.metering-point-added.v1";
    private static final LocalDate TODAY = LocalDate.now(OsloCalendar.ZONE);

    @Test
    void theNextTenantTakesOverAPointWhoseFormerContractIsTerminatedAndTheFormerKeepsTheirContract() {
        String former = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(former);
        String contract = TestCustomers.withContract(former, gsrn, TODAY.minusYears(1));
        TestCustomers.terminate(former, contract, TODAY.plusDays(14)); // moves out in two weeks
        String next = TestCustomers.registered();

        add(next, gsrn).statusCode(201).body("meteringPointId", equalTo(gsrn));

        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + next)
                .then().body("meteringPoints.meteringPointId", equalTo(List.of(gsrn)));
        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + former)
                .then().body("meteringPoints", hasSize(0));
        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + former + "/contracts")
                .then().body("items.meteringPointId", equalTo(List.of(gsrn)));
        TestCustomers.withContract(next, gsrn, TODAY.plusDays(15)); // supply starts the day after the move
        JsonPath announced = CustomerEvents.single(next, METERING_POINT_ADDED);
        assertEquals(gsrn, announced.getString("meteringPointId"));
        assertEquals(next, announced.getString("customerId"));
        JsonPath first = CustomerEvents.single(former, METERING_POINT_ADDED);
        assertTrue(OffsetDateTime.parse(announced.getString("addedAt"))
                .isAfter(OffsetDateTime.parse(first.getString("addedAt"))), "the later tenancy is announced as later");
    }

    @Test
    void aPointSuppliedUnderAnOpenContractDoesNotChangeHands() {
        String tenant = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(tenant);
        TestCustomers.withContract(tenant, gsrn, TODAY.minusMonths(2));
        String other = TestCustomers.registered();

        add(other, gsrn).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("open contract of another customer"));

        assertEquals(1, CustomerEvents.committed(tenant, METERING_POINT_ADDED));
        assertEquals(0, CustomerEvents.committed(other, METERING_POINT_ADDED), "nothing announced");
        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + other).then().body("meteringPoints", hasSize(0));
    }

    @Test
    void aPointTheCustomerHoldsAlreadyIsAConflictAndAnotherPriceAreaIsRefused() {
        String tenant = TestCustomers.registered();
        String gsrn = TestCustomers.withMeteringPoint(tenant);
        add(tenant, gsrn).statusCode(409).body("detail", containsString("already registered to this customer"));

        String next = TestCustomers.registered();
        given().auth().oauth2(TestCustomers.AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631401234567", "priceArea", "NO4"))
                .post("/customers/" + next + "/metering-points")
                .then().statusCode(400).body("errors[0].field", equalTo("priceArea"));
        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + tenant)
                .then().body("meteringPoints", hasSize(1));
    }

    private static ValidatableResponse add(String customer, String gsrn) {
        return given().auth().oauth2(TestCustomers.AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631409999999", "priceArea", "NO2"))
                .post("/customers/" + customer + "/metering-points")
                .then();
    }
}
