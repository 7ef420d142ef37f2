package no.los.consent;

import java.util.UUID;

import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestDatabase;

/** Reads consent-service's test database directly, as an auditor would. */
public final class ConsentDatabase {

    private static final String DATABASE = "consent_test";

    private ConsentDatabase() {
    }

    /** A customer consent-service knows, as if customer-service had registered them. */
    public static UUID knownCustomer() {
        return KnownCustomerFixture.newCustomer(DATABASE);
    }

    /** How many events of this type for this customer the use cases wrote to the outbox. */
    public static long outboxEvents(UUID customer, String type) {
        return TestDatabase.number(DATABASE, "select count(*) from outbox_event where record_key = ? and type = ?",
                customer.toString(), type);
    }

    public static long ledgerLines(UUID customer) {
        return TestDatabase.number(DATABASE, "select count(*) from consent_entry where customer_id = ?", customer);
    }

    public static long objections(UUID customer) {
        return TestDatabase.number(DATABASE, "select count(*) from objection where customer_id = ?", customer);
    }

    public static long objectionsWithGrounds(UUID customer) {
        return TestDatabase.number(DATABASE,
                "select count(*) from objection where customer_id = ? and grounds is not null", customer);
    }

    public static long endedRelationships(UUID customer) {
        return TestDatabase.number(DATABASE, "select count(*) from ended_relationship where customer_id = ?", customer);
    }

    /** How many events with this id the consumer recorded as carried out. */
    public static long handled(String eventId) {
        return TestDatabase.number(DATABASE, "select count(*) from processed_event where event_id = ?", eventId);
    }

    /** Moves the customer's ledger back in time, as if the lines had been recorded years ago. */
    public static long backdateLedger(UUID customer, int years) {
        return TestDatabase.number(DATABASE, """
                with moved as (update consent_entry set recorded_at = recorded_at - make_interval(years => ?)
                               where customer_id = ? returning 1)
                select count(*) from moved""", years, customer);
    }
}
