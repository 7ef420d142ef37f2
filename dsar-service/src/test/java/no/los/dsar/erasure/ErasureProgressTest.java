package no.los.dsar.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureTrigger;

class ErasureProgressTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-15T10:00:00+01:00");
    private static final ConfirmationTimeout FIFTEEN_MINUTES = new ConfirmationTimeout(Duration.ofMinutes(15));
    private final UUID requestId = UUID.randomUUID();

    @Test
    void aRequestIsLateOnlyOnceTheTimeoutHasPassed() {
        Instant deadline = RECEIVED.toInstant().plus(Duration.ofMinutes(15));
        assertFalse(FIFTEEN_MINUTES.isLate(RECEIVED, false, deadline));
        assertTrue(FIFTEEN_MINUTES.isLate(RECEIVED, false, deadline.plusSeconds(1)));
    }

    @Test
    void aRequestEveryServiceHasConfirmedIsNeverLate() {
        assertFalse(FIFTEEN_MINUTES.isLate(RECEIVED, true, RECEIVED.toInstant().plus(Duration.ofDays(40))));
    }

    @Test
    void theErasureIsInProgressUntilTheLastServiceHasConfirmed() {
        ErasureFulfilment customer = ErasureFulfilment.expect(requestId, "customer-service");
        ErasureFulfilment marketing = ErasureFulfilment.expect(requestId, "marketing-service");
        Instant late = RECEIVED.toInstant().plus(Duration.ofHours(1));

        customer.confirmWith(receipt("customer-service"));
        ErasureProgress halfway = ErasureProgress.of(RECEIVED, List.of(marketing, customer), FIFTEEN_MINUTES, late);
        assertEquals(ErasureProgress.Status.IN_PROGRESS, halfway.status());
        assertTrue(halfway.late());
        assertEquals(List.of("customer-service", "marketing-service"),
                halfway.services().stream().map(ErasureFulfilment::service).toList());

        marketing.confirmWith(receipt("marketing-service"));
        ErasureProgress done = ErasureProgress.of(RECEIVED, List.of(marketing, customer), FIFTEEN_MINUTES, late);
        assertEquals(ErasureProgress.Status.COMPLETED, done.status());
        assertFalse(done.late());
    }

    @Test
    void aRequestThatExpectsNobodyIsNeverCompleteByAccident() {
        assertFalse(ErasureProgress.allConfirmed(List.of()));
    }

    @Test
    void theFirstReceiptStaysTheProof() {
        ErasureFulfilment fulfilment = ErasureFulfilment.expect(requestId, "consent-service");
        ErasureReceipt first = receipt("consent-service");
        fulfilment.confirmWith(first);
        fulfilment.confirmWith(receipt("consent-service"));
        assertEquals(first, fulfilment.receipt().orElseThrow());
    }

    @Test
    void aReceiptConfirmsOnlyItsOwnServicesPart() {
        ErasureFulfilment fulfilment = ErasureFulfilment.expect(requestId, "consent-service");
        assertThrows(IllegalArgumentException.class, () -> fulfilment.confirmWith(receipt("marketing-service")));
        assertFalse(fulfilment.isConfirmed());
    }

    private ErasureReceipt receipt(String service) {
        return ErasureReceipt.of(new ErasureConfirmation(UUID.randomUUID(), service, ErasureTrigger.ERASURE_REQUESTED,
                UUID.randomUUID().toString(), requestId, List.of(), List.of(), RECEIVED.plusSeconds(5)),
                RECEIVED.plusSeconds(6));
    }
}
