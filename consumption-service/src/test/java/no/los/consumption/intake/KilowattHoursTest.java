package no.los.consumption.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A kWh figure of a delivery is read exactly into Wh from its characters, or named for what is wrong with it. */
class KilowattHoursTest {

    @Test
    void plainFiguresAreReadExactlyIntoWattHours() {
        assertEquals(1_500, wattHours("1.5"));
        assertEquals(1, wattHours("0.001"));
        assertEquals(12_000, wattHours("12"));
        assertEquals(0, wattHours("0.000"));
        assertEquals(999_999_999_999L, wattHours("999999999.999"));
    }

    @Test
    void aFigureThatIsNotOneIsNamedForWhatIsWrong() {
        assertEquals(KilowattHours.NEGATIVE, problem("-0.1"));
        assertEquals(KilowattHours.TOO_PRECISE, problem("1.2345"));
        assertEquals(KilowattHours.TOO_LARGE, problem("1234567890"));
        assertEquals(KilowattHours.NOT_PLAIN, problem("1e3"));
        assertNull(problem("7.25"));
    }

    private static long wattHours(String figure) {
        assertNull(problem(figure), figure);
        return KilowattHours.wattHours(figure.toCharArray(), 0, figure.length());
    }

    private static String problem(String figure) {
        return KilowattHours.problem(figure.toCharArray(), 0, figure.length());
    }
}
