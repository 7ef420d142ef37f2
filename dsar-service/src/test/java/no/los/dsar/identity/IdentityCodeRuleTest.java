package no.los.dsar.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.dsar.IdentityCode;
import no.los.dsar.IdentityCode.Check;

/** The life of one code: six random digits, good once, until it expires, for a bounded number of tries. */
class IdentityCodeRuleTest {

    private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-12-04T10:00:00+01:00");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final byte[] KEY = "a key of thirty-two bytes or more for the test".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCodeIsSixDigitsAndGoodOnceUntilItExpires() {
        IdentityCode.Issued issued = issue();
        assertTrue(issued.code().matches("\\d{6}"), issued.code());
        assertEquals(Check.EXPIRED, issue().record().check("000000", SENT.plus(TEN_MINUTES), 5, KEY),
                "not at the minute it expires");
        assertEquals(Check.MATCHED, issued.record().check(issued.code(), SENT.plus(TEN_MINUTES).minusSeconds(1), 5, KEY));
        assertEquals(Check.USED_UP, issued.record().check(issued.code(), SENT.plusMinutes(1), 5, KEY), "once");
    }

    @Test
    void wrongCodesCountAndTheLastTryEndsTheCode() {
        IdentityCode.Issued issued = issue();
        String wrong = issued.code().equals("000000") ? "000001" : "000000";
        for (int tries = 1; tries <= 3; tries++) {
            assertEquals(Check.WRONG, issued.record().check(wrong, SENT.plusMinutes(1), 3, KEY));
            assertEquals(tries, issued.record().attempts());
        }
        assertEquals(Check.USED_UP, issued.record().check(issued.code(), SENT.plusMinutes(1), 3, KEY),
                "the right code comes too late after three wrong ones");
    }

    @Test
    void theHashNeedsTheServicesKey() {
        IdentityCode.Issued issued = issue();
        byte[] otherKey = "another key of thirty-two bytes or more, not ours".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Check.WRONG, issued.record().check(issued.code(), SENT.plusMinutes(1), 5, otherKey),
                "the digits alone do not match a row: the table does not give the code away");
        assertEquals(Check.MATCHED, issued.record().check(issued.code(), SENT.plusMinutes(1), 5, KEY));
    }

    @Test
    void codesAreNotPredictableFromOneAnother() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            codes.add(issue().code());
        }
        assertFalse(codes.size() < 190, "200 codes, " + codes.size() + " distinct");
    }

    private static IdentityCode.Issued issue() {
        return IdentityCode.issue(UUID.randomUUID(), IdentityCode.Channel.EMAIL, "kundeservice-a", SENT, TEN_MINUTES,
                KEY);
    }
}
