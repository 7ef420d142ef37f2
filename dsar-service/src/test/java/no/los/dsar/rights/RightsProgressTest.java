package no.los.dsar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.dsar.RequestType;

/** When a request has every part it needs, and when it is late. */
class RightsProgressTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-03-03T09:00:00+01:00");
    private static final AnswerTimeout FIFTEEN_MINUTES = new AnswerTimeout(Duration.ofMinutes(15));

    @Test
    void anAccessRequestNeedsEveryPartFetchedAPortabilityRequestEveryAnswer() {
        RightsPart fetched = answered("customer-service");
        fetched.collected(RECEIVED.plusSeconds(2));
        List<RightsPart> parts = List.of(fetched, answered("consent-service"));

        assertFalse(RightsProgress.everyPartIn(RequestType.ACCESS, parts), "one part is answered, not fetched");
        assertTrue(RightsProgress.everyPartIn(RequestType.PORTABILITY, parts));
        assertEquals(RightsProgress.Status.IN_PROGRESS,
                RightsProgress.of(RequestType.ACCESS, RECEIVED, parts, FIFTEEN_MINUTES, RECEIVED.toInstant()).status());
    }

    @Test
    void aRequestMissingAPartIsLateOnlyAfterTheTimeout() {
        List<RightsPart> parts = List.of(answered("customer-service"), RightsPart.expect(UUID.randomUUID(), "consent-service"));
        Instant justInTime = RECEIVED.toInstant().plus(Duration.ofMinutes(15));

        assertFalse(RightsProgress.of(RequestType.PORTABILITY, RECEIVED, parts, FIFTEEN_MINUTES, justInTime).late());
        assertTrue(RightsProgress.of(RequestType.PORTABILITY, RECEIVED, parts, FIFTEEN_MINUTES,
                justInTime.plusSeconds(1)).late());
    }

    @Test
    void aRequestWithEveryPartInIsNeverLateAndOneExpectingNobodyNeverComplete() {
        List<RightsPart> parts = List.of(answered("customer-service"));
        assertFalse(RightsProgress.of(RequestType.PORTABILITY, RECEIVED, parts, FIFTEEN_MINUTES,
                RECEIVED.toInstant().plus(Duration.ofDays(40))).late());
        assertFalse(RightsProgress.everyPartIn(RequestType.PORTABILITY, List.of()));
    }

    @Test
    void aFailedFetchIsCountedByItsClassAndTheAnswerDeliveredAgainChangesNothing() {
        RightsPart part = answered("consumption-service");
        part.fetchFailed(java.net.ConnectException.class, RECEIVED.plusSeconds(1));
        part.answered(RECEIVED.plusMinutes(5), List.of());

        assertEquals(1, part.failedAttempts());
        assertEquals("ConnectException", part.lastFailure().orElseThrow());
        assertEquals(RECEIVED, part.answeredAt(), "the first answer counts");
    }

    private static RightsPart answered(String service) {
        RightsPart part = RightsPart.expect(UUID.randomUUID(), service);
        part.answered(RECEIVED, List.of());
        return part;
    }
}
