package no.los.consumption.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * A metering point changes hands only through customer-service's own events, the later tenancy
 * winning: the next tenant at the address takes the point over, and the readings of the former
 * tenant's contract stay the former tenant's, in their consumption, their access part and their
 * erasure; a tenancy announced late, from before the current one, moves nothing.
 */
@QuarkusTest
class MeteringPointHandoverTest {

    private static final String BILLING = TestTokens.withRoles("billing");
    private static final OffsetDateTime LAST_DAY_OF_FORMER = OffsetDateTime.parse("2026-06-30T00:00:00+02:00");
    private static final OffsetDateTime FIRST_DAY_OF_NEXT = OffsetDateTime.parse("2026-07-01T00:00:00+02:00");

    @Test
    void theNextTenantTakesThePointOverAndEachKeepsTheReadingsOfTheirOwnContract() {
        UUID former = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(former);
        UUID formerContract = CustomerEvents.contractStarted(former, gsrn, LocalDate.parse("2026-01-01"));
        CustomerEvents.contractTerminated(former, formerContract, gsrn, LocalDate.parse("2026-06-30"));
        receive(gsrn, LAST_DAY_OF_FORMER, "1.000");

        UUID next = UUID.randomUUID();
        TopicRecords.send(CustomerEvents.meteringPointAddedFor(next, gsrn, OffsetDateTime.now()));
        ConsumptionDatabase.awaitCount("the point changed hands", 1,
                "select count(*) from known_metering_point where id = ? and customer_id = ?", gsrn, next);
        CustomerEvents.contractStarted(next, gsrn, LocalDate.parse("2026-07-01"));
        receive(gsrn, FIRST_DAY_OF_NEXT, "2.000");
        // an Elhub correction of the former tenant's last day, arriving after the handover, is still theirs
        receive(gsrn, LAST_DAY_OF_FORMER, "1.500");

        assertEquals(List.of(1.5f), hourlyOf(former), "the former tenant sees only their own hours");
        assertEquals(List.of(2.0f), hourlyOf(next), "the next tenant sees only theirs");
        given().auth().oauth2(TestTokens.withRoles("agent"))
                .queryParam("from", LAST_DAY_OF_FORMER.toString()).queryParam("to", FIRST_DAY_OF_NEXT.plusDays(1).toString())
                .get("/metering-points/" + gsrn + "/readings")
                .then().statusCode(200).body("", hasSize(2));
        JsonPath formerPart = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + former + "/access").then().statusCode(200).extract().jsonPath();
        assertEquals(1, formerPart.getList("categories.find { it.category.name == 'hourly-readings' }.records").size(),
                "the access part holds the former tenant's reading and not the next tenant's");
        assertEquals(1, TestDatabase.number("consumption_test", "select count(*) from access_log_entry where "
                + "customer_id = ? and operation = 'CHANGE' and request_ref like 'http:%'", next),
                "the billing integration's delivery is logged for the customer the hour belongs to");
    }

    @Test
    void aTenancyThatBeganBeforeTheCurrentOneMovesNothing() {
        UUID tenant = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(tenant);
        UUID stale = UUID.randomUUID();

        int partition = TopicRecords.send(CustomerEvents.meteringPointAddedFor(stale, gsrn,
                OffsetDateTime.now().minusYears(2))).partition();
        String marker = SyntheticIdentities.meteringPointId();
        TopicRecords.send(TopicRecords.onPartition(CustomerEvents.meteringPointAddedFor(stale, marker,
                OffsetDateTime.now()), partition));
        ConsumptionDatabase.awaitCount("the event behind the stale one was handled", 1,
                "select count(*) from known_metering_point where id = ?", marker);

        assertEquals(1, TestDatabase.number("consumption_test",
                "select count(*) from known_metering_point where id = ? and customer_id = ?", gsrn, tenant),
                "the point stays with its current tenant");
    }

    private static void receive(String gsrn, OffsetDateTime hour, String kwh) {
        given().auth().oauth2(BILLING).contentType(ContentType.JSON)
                .body(Map.of("readings", List.of(Map.of("start", hour.plusHours(8).toString(), "kwh", new BigDecimal(kwh)))))
                .put("/metering-points/" + gsrn + "/readings")
                .then().statusCode(200).body("hours", equalTo(1));
    }

    private static List<Float> hourlyOf(UUID customer) {
        return given().auth().oauth2(TestTokens.customer(customer))
                .queryParam("from", LAST_DAY_OF_FORMER.toString()).queryParam("to", FIRST_DAY_OF_NEXT.plusDays(1).toString())
                .get("/me/consumption/hourly")
                .then().statusCode(200).extract().jsonPath().getList("items.kwh", Float.class);
    }
}
