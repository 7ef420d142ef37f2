package no.los.dsar.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import no.los.platform.problem.InvalidInputException;

class OrganisationNumberTest {

    @Test
    void aNumberWhoseControlDigitMatchesIsAccepted() {
        // 9·3 + 2·2 + 3·7 + 6·6 + 0·5 + 9·4 + 0·3 + 1·2 = 126; 126 mod 11 = 5; 11 − 5 = 6
        assertEquals("923609016", new OrganisationNumber("923609016").digits());
    }

    @Test
    void aWrongControlDigitIsRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new OrganisationNumber("923609017"));
        assertEquals("organisationNumber", refused.field());
    }

    @Test
    void aNumberThatCannotHaveAControlDigitIsRefused() {
        // 0·3 + … + 0·3 + 6·2 = 12; 12 mod 11 = 1; 11 − 1 = 10, which is no digit
        assertEquals(-1, OrganisationNumber.controlDigit("000000060"));
        assertThrows(InvalidInputException.class, () -> new OrganisationNumber("000000060"));
    }

    @Test
    void onlyNineDigitsAreANumber() {
        assertThrows(InvalidInputException.class, () -> new OrganisationNumber("92360901"));
        assertThrows(InvalidInputException.class, () -> new OrganisationNumber("923 609 016"));
        assertThrows(InvalidInputException.class, () -> new OrganisationNumber("92360901a"));
    }
}
