package no.los.platform.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import no.los.platform.problem.InvalidInputException;

class MeteringPointIdTest {

    @Test
    void acceptsARealNorwegianGsrn() {
        assertEquals("707057500042745649", new MeteringPointId("707057500042745649").value());
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertEquals("check digit does not match",
                assertThrows(InvalidInputException.class, () -> new MeteringPointId("707057500012345678")).getMessage());
    }

    @Test
    void refusesAForeignGsrn() {
        String swedish = "735999" + "100000000000";
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new MeteringPointId(swedish));
        assertEquals("meteringPointId", refused.field());
    }

    @Test
    void refusesAnythingButEighteenDigits() {
        assertEquals("must be 18 digits",
                assertThrows(InvalidInputException.class, () -> new MeteringPointId("70705750004274564")).getMessage());
    }

    @Test
    void computesTheGs1CheckDigitFromTheRight() {
        assertEquals(9, MeteringPointId.checkDigit("70705750004274564"));
        assertEquals(5, MeteringPointId.checkDigit("70705750000000101"));
    }
}
