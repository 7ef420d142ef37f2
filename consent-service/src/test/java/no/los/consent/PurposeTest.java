package no.los.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PurposeTest {

    @Test
    void theCountTheDocumentsPromiseIsTheNumberOfPurposes() {
        assertEquals(Purpose.values().length, Purpose.COUNT, "one current consent per purpose: update COUNT with the enum");
    }
}
