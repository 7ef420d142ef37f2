package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.PublishedConfirmations;
import no.los.platform.test.TestTokens;

/**
 * The relationship ended (R10, R12): app data goes at once, invoicing data stays until the end of the
 * fifth accounting year after the end (Bookkeeping Act), and the confirmation says so.
 */
@QuarkusTest
class RelationshipEndTest {

    @Test
    void appDataGoesAndReadingsAndContractsAreKeptUntilTheBookkeepingPeriodEnds() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2026-11-24"));
        AppData.stored(customer);
        CustomerEvents.contractTerminated(customer, contract, gsrn, LocalDate.parse("2026-11-25"));

        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2026-11-26"), contract);
        ConsumptionDatabase.awaitCount("the keep-until date is recorded", 1,
                "select count(*) from invoicing_retention where customer_id = ? and kept_until = ?",
                customer, LocalDate.parse("2031-12-31"));

        assertEquals(0, AppData.heldFor(customer));
        assertEquals(24, AppData.readingsOf(gsrn));
        assertEquals(1, PublishedConfirmations.inOutbox(customer));

        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals("RELATIONSHIP_ENDED", confirmation.getString("trigger"));
        assertEquals(ended, confirmation.getString("triggerEventId"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-registration"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-profile"));
        assertEquals(2, PublishedConfirmations.count(confirmation, "deleted", "alert-settings"));
        assertKeptForBookkeeping(confirmation, "hourly-readings", 24);
        assertKeptForBookkeeping(confirmation, "contracts", 1);
        assertKeptForBookkeeping(confirmation, "metering-points", 1);
    }

    @Test
    void anOpenContractEndsWithTheRelationshipAndLaterReadingsAreRefused() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2026-11-20"), contract);
        ConsumptionDatabase.awaitCount("the relationship end was carried out", 1,
                "select count(*) from processed_event where event_id = ?", ended);
        assertEquals(1, ConsumptionDatabase.count(
                "select count(*) from supply_contract where id = ? and ends_on = ?", contract, LocalDate.parse("2026-11-20")),
                "a contract still open when the relationship ended, ended with it");
        given().auth().oauth2(TestTokens.withRoles("billing")).contentType(ContentType.JSON)
                .body(Map.of("readings", List.of(Map.of("start", "2026-11-24T00:00:00+01:00", "kwh", 1.0))))
                .put("/metering-points/" + gsrn + "/readings")
                .then().statusCode(400).body("errors.field", contains("readings[0].start"));

        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "app-profile"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "alert-settings"));
        assertKeptForBookkeeping(confirmation, "hourly-readings", 0);
    }

    @Test
    void withoutAnyContractEverKnownTheMeteringPointsGoAndNoKeepUntilDateIsRecorded() {
        UUID customer = UUID.randomUUID();
        CustomerEvents.meteringPointAdded(customer);
        AppData.stored(customer);

        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2026-11-26"), UUID.randomUUID());
        ConsumptionDatabase.awaitCount("the relationship end was carried out", 1,
                "select count(*) from processed_event where event_id = ?", ended);

        assertEquals(0, ConsumptionDatabase.count("select count(*) from known_metering_point where customer_id = ?",
                customer));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from invoicing_retention where customer_id = ?",
                customer));
        assertEquals(0, AppData.heldFor(customer));
        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-registration"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "metering-points"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "hourly-readings"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "contracts"));
        assertEquals(List.of(), confirmation.getList("kept"));
    }

    private static void assertKeptForBookkeeping(JsonPath confirmation, String category, int count) {
        Map<String, Object> kept = PublishedConfirmations.kept(confirmation, category);
        assertEquals(count, kept.get("count"), category);
        assertEquals("BOOKKEEPING_ACT", kept.get("reason"), category);
        assertEquals("2031-12-31", kept.get("until"), category);
    }
}
