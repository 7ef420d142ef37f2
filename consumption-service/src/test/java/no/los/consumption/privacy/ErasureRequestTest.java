package no.los.consumption.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.CustomerEvents;
import no.los.consumption.DsarEvents;
import no.los.consumption.PublishedConfirmations;
import no.los.consumption.intake.ReadingPartitions;

/**
 * An erasure request (R18, Art. 17): app data goes; readings and contracts stay only as long as a
 * contract in force or the Bookkeeping Act needs them, and the confirmation names the request.
 */
@QuarkusTest
class ErasureRequestTest {

    @Inject
    ReadingPartitions partitions;

    @Inject
    EntityManager entityManager;

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
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "app-registration"));
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
        for (String category : List.of("app-registration", "app-profile", "alert-settings", "hourly-readings",
                "contracts", "metering-points")) {
            assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", category), category);
        }
        assertEquals(List.of(), confirmation.getList("kept"));
    }

    @Test
    void meteringPointsOfSomeoneWhoNeverHadAContractAreDeletedNotKeptForever() {
        UUID customer = UUID.randomUUID();
        String gsrn = CustomerEvents.meteringPointAdded(customer);
        String other = CustomerEvents.meteringPointAdded(customer);
        // Intake refuses readings without a contract; a reading stored before it checked contracts goes too.
        partitions.ensure(List.of(YearMonth.of(2026, 11)));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into hourly_reading (metering_point_id, customer_id, starts_at, kwh, received_at)
                values (?1, ?2, ?3, ?4, now())""").setParameter(1, gsrn).setParameter(2, customer)
                .setParameter(3, OffsetDateTime.parse("2026-11-24T00:00:00Z")).setParameter(4, new BigDecimal("1.500"))
                .executeUpdate());
        assertEquals(1, AppData.readingsOf(gsrn));

        UUID request = UUID.randomUUID();
        String received = DsarEvents.requestReceived(request, customer, "ERASURE");
        ConsumptionDatabase.awaitCount("the erasure was carried out", 1,
                "select count(*) from processed_event where event_id = ?", received);

        assertEquals(0, ConsumptionDatabase.count("select count(*) from known_metering_point where customer_id = ?",
                customer));
        assertEquals(0, AppData.readingsOf(gsrn));
        JsonPath confirmation = PublishedConfirmations.awaitFirst(customer);
        assertEquals(2, PublishedConfirmations.count(confirmation, "deleted", "metering-points"));
        assertEquals(1, PublishedConfirmations.count(confirmation, "deleted", "hourly-readings"));
        assertEquals(0, PublishedConfirmations.count(confirmation, "deleted", "contracts"));
        assertEquals(List.of(), confirmation.getList("kept"), "no contract ever known: nothing is kept");
        assertEquals(0, ConsumptionDatabase.count("select count(*) from known_metering_point where id = ?", other));
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
