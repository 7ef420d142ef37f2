package no.los.consumption.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsentEvents;
import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.PublishedConfirmations;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * Withdrawing the VISUALISATION_APP consent (R16): the app's data goes at once and that is confirmed
 * exactly once; the readings stay, as they are invoicing data, not the app's.
 */
@QuarkusTest
class ConsentWithdrawalTest {

    @Test
    void withdrawalDeletesTheAppDataAndConfirmsOnceEvenWhenDeliveredTwice() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2026-11-24"));
        AppData.stored(customer);
        assertEquals(4, AppData.heldFor(customer), "registration, profile and two alerts");

        String withdrawal = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = ConsentEvents.withdrawn(withdrawal, customer, ConsentEvents.APP);
        TopicRecords.send(record);
        TopicRecords.send(record);
        // A later event of the same customer, on the same partition: once it is carried out, so is the duplicate.
        String later = ConsentEvents.given(customer, "SURVEYS");
        ConsumptionDatabase.awaitCount("the later event was carried out", 1,
                "select count(*) from processed_event where event_id = ?", later);

        assertEquals(0, AppData.heldFor(customer));
        assertEquals(24, AppData.readingsOf(gsrn), "the readings are invoicing data and stay");
        assertEquals(1, PublishedConfirmations.inOutbox(customer), "one trigger, one confirmation");

        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals("consumption-service", confirmation.getString("service"));
        assertEquals("CONSENT_WITHDRAWN", confirmation.getString("trigger"));
        assertEquals(withdrawal, confirmation.getString("triggerEventId"));
        assertNull(confirmation.get("requestId"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-registration"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-profile"));
        assertEquals(2, PublishedConfirmations.count(confirmation, "deleted", "alert-settings"));
        Map<String, Object> readings = PublishedConfirmations.kept(confirmation, "hourly-readings");
        assertEquals(24, readings.get("count"));
        assertEquals("CONTRACT_IN_FORCE", readings.get("reason"));
        assertNull(readings.get("until"), "a contract in force has no fixed end");

        given().auth().oauth2(TestTokens.customer(customer)).get("/me/app-profile").then().statusCode(404);
    }

    @Test
    void withoutAContractNothingIsReportedKeptWithoutAnEnd() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        AppData.stored(customer);

        TopicRecords.send(ConsentEvents.withdrawn(UUID.randomUUID().toString(), customer, ConsentEvents.APP));
        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-registration"));
        assertEquals(List.of(), confirmation.getList("kept"), "no duty keeps data of no contract");
        assertEquals(1, ConsumptionDatabase.count("select count(*) from known_metering_point where id = ?", gsrn),
                "the app consent is not about metering points: an erasure request or the relationship's end deletes them");
    }

    @Test
    void withdrawingAnotherPurposeTouchesNothingAndConfirmsNothing() {
        UUID customer = UUID.randomUUID();
        AppData.stored(customer);
        TopicRecords.send(ConsentEvents.withdrawn(UUID.randomUUID().toString(), customer, "SURVEYS"));
        ConsumptionDatabase.awaitCount("the survey withdrawal was carried out", 1,
                "select count(*) from processed_event where event_subject = ? and event_type = ?",
                customer.toString(), "no.los.consent.withdrawn.v1");
        assertEquals(4, AppData.heldFor(customer));
        assertEquals(0, PublishedConfirmations.inOutbox(customer));
    }
}
