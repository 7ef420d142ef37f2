package no.los.platform.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;

/** A confirmation carries only what dsar-service can store and show: its bounds hold on arrival. */
class ErasureConfirmationTest {

    private static final UUID CUSTOMER = UUID.fromString("8d4cd6a0-3a52-4c4f-9c57-51f3bb3c7e11");

    @Test
    void aConfirmationWithinItsBoundsIsTaken() {
        List<ErasureConfirmation.Deleted> deleted = Collections.nCopies(ErasureConfirmation.MAX_CATEGORIES,
                new ErasureConfirmation.Deleted("a".repeat(DataCategory.MAX_NAME), 3));
        ErasureConfirmation taken = confirmation("x".repeat(ErasureConfirmation.MAX_TRIGGER_EVENT_ID), deleted);
        assertEquals(ErasureConfirmation.MAX_CATEGORIES, taken.deleted().size());
    }

    @Test
    void aTriggerIdLongerThanItsBoundIsRefused() {
        String tooLong = "x".repeat(ErasureConfirmation.MAX_TRIGGER_EVENT_ID + 1);
        assertThrows(IllegalArgumentException.class, () -> confirmation(tooLong, List.of()));
    }

    @Test
    void moreCategoriesThanADataMapHoldsAreRefused() {
        List<ErasureConfirmation.Deleted> tooMany = Collections.nCopies(ErasureConfirmation.MAX_CATEGORIES + 1,
                new ErasureConfirmation.Deleted("newsletter-address", 1));
        assertThrows(IllegalArgumentException.class, () -> confirmation("event-1", tooMany));
    }

    @Test
    void aCategoryNameLongerThanADataMapAllowsIsRefused() {
        String tooLong = "a".repeat(DataCategory.MAX_NAME + 1);
        assertThrows(IllegalArgumentException.class, () -> new ErasureConfirmation.Deleted(tooLong, 1));
    }

    @Test
    void aServiceNameLongerThanADataMapAllowsIsRefused() {
        String tooLong = "s".repeat(DataMap.MAX_SERVICE + 1);
        assertThrows(IllegalArgumentException.class, () -> new ErasureConfirmation(CUSTOMER, tooLong,
                ErasureTrigger.CONSENT_WITHDRAWN, "event-1", null, List.of(), List.of(), OffsetDateTime.now()));
    }

    private static ErasureConfirmation confirmation(String triggerId, List<ErasureConfirmation.Deleted> deleted) {
        return new ErasureConfirmation(CUSTOMER, "marketing-service", ErasureTrigger.CONSENT_WITHDRAWN, triggerId,
                null, deleted, List.of(), OffsetDateTime.now());
    }
}
