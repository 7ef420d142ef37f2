package no.los.platform.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OutgoingEventTest {

    @Test
    void aVersionedTypeIsAccepted() {
        assertDoesNotThrow(() -> new OutgoingEvent(EventTopic.CONSENT, "no.los.consent.withdrawn.v1", UUID.randomUUID(),
                Map.of()));
    }

    @Test
    void anUnversionedTypeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new OutgoingEvent(EventTopic.CONSENT, "consentWithdrawn", UUID.randomUUID(), Map.of()));
    }

    @Test
    void everyEventIsAboutACustomer() {
        assertThrows(NullPointerException.class,
                () -> new OutgoingEvent(EventTopic.CONSENT, "no.los.consent.withdrawn.v1", null, Map.of()));
    }
}
