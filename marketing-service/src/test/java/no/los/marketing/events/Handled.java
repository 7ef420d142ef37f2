package no.los.marketing.events;

import no.los.platform.test.TestDatabase;

/** Reads the idempotent consumer's own records from the service database. */
final class Handled {

    private static final String DATABASE = "marketing_test";

    private Handled() {
    }

    /** How many events about this customer the consumer has recorded as carried out. */
    static long count(Object customer) {
        return TestDatabase.number(DATABASE, "select count(*) from processed_event where event_subject = ?",
                customer.toString());
    }

    /** How many events the consumer recorded with this id (whatever their source). */
    static long withId(String eventId) {
        return TestDatabase.number(DATABASE, "select count(*) from processed_event where event_id = ?", eventId);
    }

    /** How many records with this key were parked for exactly this reason. */
    static long parkedFor(Object key, String reason) {
        return TestDatabase.number(DATABASE, "select count(*) from parked_event where record_key = ? and reason = ?",
                key.toString(), reason);
    }
}
