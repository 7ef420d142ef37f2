package no.los.customer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.los.platform.problem.InvalidInputException;
import no.los.platform.test.SyntheticIdentities;

class NationalIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "02013299997", "30108299920" })
    void acceptsSkatteetatensExamplesUnderTheOldRule(String number) {
        assertEquals(number, NationalIdNumber.parse(number).digits());
    }

    @Test
    void acceptsANumberThatIsValidOnlyUnderThe2032Rule() {
        assertEquals("30108299939", NationalIdNumber.parse("30108299939").digits());
    }

    @Test
    void acceptsSyntheticNumbersAndKnowsThem() {
        for (int i = 0; i < 200; i++) {
            NationalIdNumber number = NationalIdNumber.parse(SyntheticIdentities.nationalIdNumber());
            assertTrue(number.isSynthetic());
            assertFalse(number.isDNumber());
        }
    }

    @Test
    void acceptsADNumberWhoseDayIsRaisedByForty() {
        // 41 = day 1 + 40, month 81 = synthetic January; control digits computed for these digits.
        NationalIdNumber number = NationalIdNumber.parse(withControlDigits("418180123"));
        assertTrue(number.isDNumber());
    }

    @Test
    void refusesHNumbers() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> NationalIdNumber.parse(withControlDigits("014180123")));
        assertEquals("nationalIdNumber", refused.field());
        assertEquals("H-numbers are not accepted for customers", refused.getMessage());
    }

    @Test
    void refusesAWrongSecondControlDigit() {
        String valid = SyntheticIdentities.nationalIdNumber();
        String broken = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
        assertEquals("second control digit does not match",
                assertThrows(InvalidInputException.class, () -> NationalIdNumber.parse(broken)).getMessage());
    }

    @Test
    void refusesAFirstControlDigitOutsideBothRules() {
        // Same base as a valid number, first control digit shifted so the remainder is above 3.
        String base = "010180123";
        String refused = null;
        for (int k1 = 0; k1 <= 9 && refused == null; k1++) {
            int remainder = (weighted(base + k1, new int[] { 3, 7, 6, 1, 8, 9, 4, 5, 2 }) + k1) % 11;
            if (remainder > 3) {
                refused = base + k1 + "0";
            }
        }
        String number = refused;
        assertEquals("first control digit does not match",
                assertThrows(InvalidInputException.class, () -> NationalIdNumber.parse(number)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1234567890", "123456789012", "0101801234a" })
    void refusesAnythingButElevenDigits(String input) {
        assertEquals("must be 11 digits",
                assertThrows(InvalidInputException.class, () -> NationalIdNumber.parse(input)).getMessage());
    }

    @Test
    void refusesANumberThatDoesNotStartWithADate() {
        assertEquals("does not start with a valid date",
                assertThrows(InvalidInputException.class, () -> NationalIdNumber.parse(withControlDigits("329380123")))
                        .getMessage());
    }

    @Test
    void neverPrintsItself() {
        NationalIdNumber number = NationalIdNumber.parse("02013299997");
        assertEquals("*********97", number.toString());
        assertFalse(number.toString().contains("020132"));
    }

    private static String withControlDigits(String nineDigits) {
        int k1 = control(nineDigits, new int[] { 3, 7, 6, 1, 8, 9, 4, 5, 2 });
        int k2 = control(nineDigits + k1, new int[] { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 });
        return nineDigits + k1 + k2;
    }

    private static int control(String digits, int[] weights) {
        int digit = 11 - weighted(digits, weights) % 11;
        return digit == 11 ? 0 : digit % 10;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }
}
