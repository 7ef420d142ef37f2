package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.TestCustomers;
import no.los.customer.privacy.ExpiredRecordsSweep;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.time.OsloCalendar;

/**
 * R14: reception registers visitors electronically with arrival and departure; the full name is kept
 * a short, configurable period after the visit and then deleted; a visitor's own access or erasure
 * request finds the visits by name. Visits are linked to no customer.
 */
@QuarkusTest
class VisitorRegisterTest {

    private static final String RECEPTION = TestTokens.withRoles("reception");
    private static final String PRIVACY_OFFICER = TestTokens.withRoles("privacy-officer");
    private static final LocalDate TODAY = OsloCalendar.today();

    @Inject
    ExpiredRecordsSweep sweep;

    @Test
    void receptionRegistersArrivalAndDepartureAndSeesTheDaysVisitors() {
        String name = "Vera Besøk " + UUID.randomUUID().toString().substring(0, 6);
        Response arrived = arrive(name);
        arrived.then().statusCode(201)
                .body("fullName", equalTo(name))
                .body("departedAt", equalTo(null))
                .body("keptUntil", equalTo(TODAY.plusDays(30).toString()));
        String visit = arrived.path("id");

        given().auth().oauth2(RECEPTION).post("/visits/" + visit + "/departure")
                .then().statusCode(200)
                .body("departedAt", notNullValue())
                .body("keptUntil", equalTo(TODAY.plusDays(30).toString()));
        given().auth().oauth2(RECEPTION).post("/visits/" + visit + "/departure").then().statusCode(409);
        given().auth().oauth2(RECEPTION).post("/visits/" + UUID.randomUUID() + "/departure").then().statusCode(404);

        given().auth().oauth2(RECEPTION).queryParam("day", TODAY.toString()).queryParam("limit", 1000).get("/visits")
                .then().statusCode(200)
                .body("items.id", hasItem(visit));
    }

    @Test
    void theSweepKeepsAVisitThroughItsLastDayAndDeletesItTheDayAfter() {
        String visit = arrive("Sara Sveip").path("id");
        given().auth().oauth2(RECEPTION).post("/visits/" + visit + "/departure").then().statusCode(200);
        LocalDate lastDay = TODAY.plusDays(30);

        sweep.sweep(lastDay.minusDays(1));
        sweep.sweep(lastDay);
        assertEquals(1L, visits(visit), "kept the day before and on its last day");
        sweep.sweep(lastDay.plusDays(1));
        assertEquals(0L, visits(visit), "deleted one day after its period");
    }

    @Test
    void aVisitorsAccessAndErasureRequestFindTheVisitsByNameAndTheNameStaysOutOfTheLog() {
        String name = "Tor Innsynsbesøk " + UUID.randomUUID().toString().substring(0, 6);
        arrive(name).then().statusCode(201);
        arrive(name).then().statusCode(201);
        arrive("Noen Andre").then().statusCode(201);
        Map<String, Object> request = Map.of("fullName", name.toUpperCase(), "requestReference", "PV-2026-017");

        JsonPath found = given().auth().oauth2(PRIVACY_OFFICER).contentType(ContentType.JSON).body(request)
                .post("/visits/access").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(name, name), found.getList("visits.fullName"));

        given().auth().oauth2(PRIVACY_OFFICER).contentType(ContentType.JSON).body(request).post("/visits/erasure")
                .then().statusCode(200).body("deleted", equalTo(2));
        given().auth().oauth2(PRIVACY_OFFICER).contentType(ContentType.JSON).body(request).post("/visits/access")
                .then().statusCode(200).body("visits", equalTo(List.of()));
        ServiceLog.assertMentionsNoneOf(name);
    }

    @Test
    void onlyTheRolesThatNeedItUseTheRegister() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola")).post("/visits").then().statusCode(403);
        given().auth().oauth2(RECEPTION).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola", "requestReference", "PV-1")).post("/visits/access").then().statusCode(403);
        given().auth().oauth2(RECEPTION).contentType(ContentType.JSON).body(Map.of("fullName", " "))
                .post("/visits").then().statusCode(400).body("errors.field", equalTo(List.of("fullName")));
        given().auth().oauth2(RECEPTION).get("/visits").then().statusCode(400).body("errors.field", equalTo(List.of("day")));
        given().auth().oauth2(RECEPTION).queryParam("day", "2026-13-01").get("/visits").then().statusCode(400)
                .body("errors.field", equalTo(List.of("day")));
    }

    @Test
    void aCustomersAccessPartHoldsNoVisitEvenUnderTheSameName() {
        String customer = TestCustomers.registered(); // Kari Testesen
        arrive("Kari Testesen").then().statusCode(201);

        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), part.getList("categories.find { it.category.name == 'visitor-register' }.records"),
                "visits are linked to no customer: a namesake's visit is not the customer's");
    }

    private static Response arrive(String name) {
        return given().auth().oauth2(RECEPTION).contentType(ContentType.JSON).body(Map.of("fullName", name)).post("/visits");
    }

    private static long visits(String id) {
        return TestDatabase.number("customer_test", "select count(*) from visit where id = ?::uuid", id);
    }
}
