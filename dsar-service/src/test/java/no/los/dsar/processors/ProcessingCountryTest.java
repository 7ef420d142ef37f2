package no.los.dsar.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.los.platform.problem.InvalidInputException;

class ProcessingCountryTest {

    @Test
    void theEeaIsTheUnionAndIcelandLiechtensteinAndNorway() {
        assertTrue(new ProcessingCountry("NO").isInEea());
        assertTrue(new ProcessingCountry("IS").isInEea());
        assertTrue(new ProcessingCountry("LI").isInEea());
        assertTrue(new ProcessingCountry("SE").isInEea());
        assertTrue(new ProcessingCountry("GR").isInEea());
    }

    @Test
    void countriesOutsideTheEeaAreThirdCountriesEvenNextDoor() {
        assertFalse(new ProcessingCountry("CH").isInEea());
        assertFalse(new ProcessingCountry("GB").isInEea());
        assertFalse(new ProcessingCountry("US").isInEea());
        assertFalse(new ProcessingCountry("IN").isInEea());
    }

    @Test
    void theCountryIsNamedInNorwegian() {
        assertEquals("Norge", new ProcessingCountry("NO").norwegianName());
    }

    @Test
    void onlyIsoCodesAreCountries() {
        assertEquals("processingCountry", assertThrows(InvalidInputException.class,
                () -> new ProcessingCountry("XX")).field());
        assertThrows(InvalidInputException.class, () -> new ProcessingCountry("no"));
        assertThrows(InvalidInputException.class, () -> new ProcessingCountry("NOR"));
        assertThrows(InvalidInputException.class, () -> new ProcessingCountry(null));
    }
}
