package no.los.dsar.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

/** What a transfer records of the receiver's answer stays within what its view documents. */
class DeliveryTest {

    @Test
    void aTwoHundredIsDeliveredAndAnyOtherStatusIsARefusalByItsNumber() {
        assertTrue(Delivery.answered(204).delivered());
        Delivery refused = Delivery.answered(503);
        assertFalse(refused.delivered());
        assertEquals(503, refused.httpStatus());
        assertEquals("answered 503", refused.failure());
    }

    @Test
    void aNumberThatIsNoHttpStatusIsNotStoredAsOne() {
        Delivery odd = Delivery.answered(Delivery.MAX_STATUS + 1);
        assertFalse(odd.delivered());
        assertNull(odd.httpStatus());
        assertEquals("answered no HTTP status", odd.failure());
    }

    @Test
    void aReceiverNotReachedIsDescribedByTheKindOfFailureOnly() {
        Delivery notReached = Delivery.notReached(new ConnectException("mottak.example.no refused"));
        assertNull(notReached.httpStatus());
        assertEquals("ConnectException", notReached.failure());
    }
}
