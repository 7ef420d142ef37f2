package no.los.marketing.events;

import no.los.marketing.suppression.SuppressionReason;
import no.los.platform.test.TestDatabase;

/** What the service database holds, read as an auditor would: straight from the tables. */
final class Stored {

    private static final String DATABASE = "marketing_test";
    private static final String[] TABLES = { "newsletter_consent", "newsletter_subscription", "suppression_entry",
            "bounce_report", "outbox_event", "processed_event", "parked_event" };

    private Stored() {
    }

    /** Rows of any table whose text shows the value, as written, in any letter case, or as hex bytes. */
    static long rowsMentioning(String value) {
        long rows = 0;
        for (String table : TABLES) {
            rows += rowsOf(table, value);
        }
        return rows;
    }

    /** The same scan over the suppression list alone. */
    static long suppressionRowsMentioning(String value) {
        return rowsOf("suppression_entry", value);
    }

    private static long rowsOf(String table, String value) {
        return TestDatabase.number(DATABASE, "select count(*) from " + table + " t "
                + "where lower(t::text) like '%' || lower(?) || '%' "
                + "or lower(t::text) like '%' || encode(convert_to(lower(?), 'UTF8'), 'hex') || '%'", value, value);
    }

    /** Suppression lines with exactly these hashes and reason. */
    static long suppression(byte[] customerHash, byte[] addressHash, SuppressionReason reason) {
        return TestDatabase.number(DATABASE, "select count(*) from suppression_entry "
                + "where customer_hash = ? and address_hash = ? and reason = ?", customerHash, addressHash, reason.name());
    }

    /** Suppression lines naming the customer. */
    static long suppressionOfCustomer(byte[] customerHash) {
        return TestDatabase.number(DATABASE, "select count(*) from suppression_entry where customer_hash = ?",
                customerHash);
    }

    static long subscriptions(Object customer) {
        return TestDatabase.number(DATABASE, "select count(*) from newsletter_subscription where customer_id = ?::uuid",
                customer.toString());
    }

    static long consents(Object customer) {
        return TestDatabase.number(DATABASE, "select count(*) from newsletter_consent where customer_id = ?::uuid",
                customer.toString());
    }
}
