package no.los.consumption.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.Deliveries;
import no.los.consumption.PublishedConfirmations;

/**
 * The retention job (G5): a former customer's invoicing data goes the day after its Bookkeeping Act
 * period ends, not a day earlier, and the deletion is confirmed with counts.
 */
@QuarkusTest
class RetentionJobTest {

    @Inject
    ExpiredInvoicingDataErasure retentionJob;

    @Test
    void invoicingDataIsDeletedOnlyAfterTheLastDayItIsKept() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2019-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2019-03-01"));
        Deliveries.deliver(Deliveries.line(gsrn, LocalDate.parse("2019-03-02"), "PT15M", 96, i -> "0.250")).statusCode(200);
        Deliveries.deliver(Deliveries.line(gsrn, LocalDate.parse("2019-03-02"), "PT15M", 96, i -> i == 0 ? "0.500" : "0.250"))
                .statusCode(200).body("stored.corrected", equalTo(1));
        CustomerEvents.contractTerminated(customer, contract, gsrn, LocalDate.parse("2019-06-30"));
        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2019-06-30"), contract);
        ConsumptionDatabase.awaitCount("kept until the end of 2024", 1,
                "select count(*) from invoicing_retention where customer_id = ? and kept_until = ?",
                customer, LocalDate.parse("2024-12-31"));

        retentionJob.eraseExpired(LocalDate.parse("2024-12-31"));
        assertEquals(48, AppData.readingsOf(gsrn), "on the last day it is kept, nothing goes");
        assertEquals(1, PublishedConfirmations.inOutbox(customer), "only the relationship end's confirmation");

        assertTrue(retentionJob.eraseExpired(LocalDate.parse("2025-01-01")) >= 1);
        assertEquals(0, AppData.readingsOf(gsrn));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from supply_contract where customer_id = ?", customer));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from known_metering_point where customer_id = ?", customer));
        assertEquals(0, ConsumptionDatabase.count("select count(*) from invoicing_retention where customer_id = ?", customer));
        for (String table : List.of("quarter_hour_reading", "metered_day", "reading_correction")) {
            assertEquals(0, ConsumptionDatabase.count("select count(*) from " + table + " where customer_id = ?", customer),
                    table);
        }

        List<JsonPath> confirmations = PublishedConfirmations.all(customer, 2);
        assertEquals(2, confirmations.size());
        JsonPath expired = confirmations.get(1);
        assertEquals("RETENTION_EXPIRED", expired.getString("trigger"));
        assertNotEquals(ended, expired.getString("triggerEventId"));
        UUID.fromString(expired.getString("triggerEventId"));
        assertEquals(48, PublishedConfirmations.count(expired, "deleted", "hourly-readings"));
        assertEquals(96, PublishedConfirmations.count(expired, "deleted", "quarter-hour-readings"));
        assertEquals(2, PublishedConfirmations.count(expired, "deleted", "metered-days"));
        assertEquals(1, PublishedConfirmations.count(expired, "deleted", "reading-corrections"));
        assertEquals(1, PublishedConfirmations.count(expired, "deleted", "contracts"));
        assertEquals(1, PublishedConfirmations.count(expired, "deleted", "metering-points"));
        assertEquals(List.of("access-log"), expired.getList("kept.category"),
                "only the log of who touched the readings stays, for its own three years");

        retentionJob.eraseExpired(LocalDate.parse("2025-01-02"));
        assertEquals(2, PublishedConfirmations.inOutbox(customer), "a second run finds nothing left to delete");
    }

    @Test
    void aCustomerWhoSignsANewContractIsNoLongerCountedDown() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2018-01-01"));
        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2018-05-31"), contract);
        ConsumptionDatabase.awaitCount("the relationship end was carried out", 1,
                "select count(*) from processed_event where event_id = ?", ended);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2026-11-24"));

        retentionJob.eraseExpired(LocalDate.parse("2024-01-01"));
        assertEquals(24, AppData.readingsOf(gsrn));
        assertEquals(2, ConsumptionDatabase.count("select count(*) from supply_contract where customer_id = ?", customer));
    }
}
