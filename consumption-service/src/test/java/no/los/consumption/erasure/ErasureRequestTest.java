package no.los.consumption.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.DsarEvents;
import no.los.consumption.PublishedConfirmations;

/**
 * An erasure request (R18, Art. 17): app data goes; readings and contracts stay only as long as a
 * contract in force or the Bookkeeping Act needs them, and the confirmation names the request.
 */
@QuarkusTest
class ErasureRequestTest {

    @Test
    void aCustomerWithAContractInForceLosesTheAppDataAndKeepsTheInvoicingData() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2026-11-24"));
        AppData.stored(customer);

        UUID request = UUID.randomUUID();
        String received = DsarEvents.requestReceived(request, customer, "ERASURE");
        ConsumptionDatabase.awaitCount("the erasure was carried out", 1,
                "select count(*) from processed_event where event_id = ?", received);

        assertEquals(0, AppData.heldFor(customer));
        assertEquals(24, AppData.readingsOf(gsrn));
        assertEquals(1, PublishedConfirmations.inOutbox(customer));
        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals("ERASURE_REQUESTED", confirmation.getString("trigger"));
        assertEquals(request.toString(), confirmation.getString("requestId"));
        assertEquals(received, confirmation.getString("triggerEventId"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-profile"));
        assertEquals(2, PublishedConfirmations.count(confirmation, "deleted", "alert-settings"));
        for (String category : List.of("hourly-readings", "contracts")) {
            Map<String, Object> kept = PublishedConfirmations.kept(confirmation, category);
            assertEquals("CONTRACT_IN_FORCE", kept.get("reason"), category);
            assertNull(kept.get("until"), category);
        }
        assertEquals(24, PublishedConfirmations.kept(confirmation, "hourly-readings").get("count"));
        assertEquals(1, PublishedConfirmations.kept(confirmation, "contracts").get("count"));
    }

    @Test
    void aFormerCustomersInvoicingDataIsKeptUntilTheBookkeepingPeriodEnds() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        UUID contract = CustomerEvents.contractStarted(customer, gsrn, LocalDate.parse("2026-01-01"));
        AppData.readingsOfADay(gsrn, LocalDate.parse("2026-11-24"));
        CustomerEvents.contractTerminated(customer, contract, gsrn, LocalDate.parse("2026-11-25"));
        String ended = CustomerEvents.relationshipEnded(customer, LocalDate.parse("2026-11-26"), contract);
        ConsumptionDatabase.awaitCount("the relationship end was carried out", 1,
                "select count(*) from processed_event where event_id = ?", ended);

        UUID request = UUID.randomUUID();
        DsarEvents.requestReceived(request, customer, "ERASURE");
        List<JsonPath> confirmations = PublishedConfirmations.all(customer, 2);
        JsonPath confirmation = confirmations.stream()
                .filter(c -> "ERASURE_REQUESTED".equals(c.getString("trigger"))).findFirst().orElseThrow();
        Map<String, Object> readings = PublishedConfirmations.kept(confirmation, "hourly-readings");
        assertEquals(24, readings.get("count"));
        assertEquals("BOOKKEEPING_ACT", readings.get("reason"));
        assertEquals("2031-12-31", readings.get("until"));
        assertEquals(1, PublishedConfirmations.kept(confirmation, "contracts").get("count"));
    }

    @Test
    void aCustomerWeKnowNothingAboutIsConfirmedWithZeroCounts() {
        UUID customer = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        DsarEvents.requestReceived(request, customer, "ERASURE");
        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals(request.toString(), confirmation.getString("requestId"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "app-profile"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "alert-settings"));
        assertEquals(List.of(), confirmation.getList("kept"));
    }

    @Test
    void otherRequestTypesAreNotErasures() {
        UUID customer = UUID.randomUUID();
        String received = DsarEvents.requestReceived(UUID.randomUUID(), customer, "ACCESS");
        ConsumptionDatabase.awaitCount("the access request was seen", 1,
                "select count(*) from processed_event where event_id = ?", received);
        assertEquals(0, PublishedConfirmations.inOutbox(customer));
    }
}
