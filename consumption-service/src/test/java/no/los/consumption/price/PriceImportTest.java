package no.los.consumption.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.los.consumption.ConsumptionDatabase;
import no.los.consumption.PriceSourceStandIn;
import no.los.platform.identifiers.PriceArea;

/**
 * The price import asks the price source, over HTTP, for today's and tomorrow's prices of every area
 * it does not have yet, until it has them; a source that is away is asked again at the next run.
 */
@QuarkusTest
class PriceImportTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-10");

    @Inject
    PriceImport priceImport;

    @Inject
    SpotPrices prices;

    @AfterEach
    void sourceBack() {
        PriceSourceStandIn.running().away(false);
        PriceSourceStandIn.running().clear();
    }

    @Test
    void publishedDaysAreImportedOnceAndDaysNotPublishedAreAskedForAgain() {
        PriceSourceStandIn source = PriceSourceStandIn.running();
        source.publish("NO2", TODAY, "PT15M", Collections.nCopies(96, new BigDecimal("0.61250")));

        assertEquals(1, priceImport.importAround(TODAY), "only NO2's today is published");
        assertEquals(96, ConsumptionDatabase.count("select count(*) from spot_price where price_area = 'NO2' "
                + "and resolution = 'PT15M' and source = 'price-source' and nok_per_kwh = 0.61250"));
        assertFalse(prices.hasDay(PriceArea.NO2, TODAY.plusDays(1)));

        source.publish("NO2", TODAY.plusDays(1), "PT15M", Collections.nCopies(96, new BigDecimal("-0.00500")));
        assertEquals(1, priceImport.importAround(TODAY), "tomorrow, once published; today is not fetched again");
        assertTrue(prices.hasDay(PriceArea.NO2, TODAY.plusDays(1)));
        assertEquals(0, priceImport.importAround(TODAY));
    }

    @Test
    void aSourceThatIsAwayIsAskedAgainAtTheNextRun() {
        PriceSourceStandIn source = PriceSourceStandIn.running();
        LocalDate day = TODAY.plusDays(10);
        source.publish("NO4", day, "PT60M", Collections.nCopies(24, new BigDecimal("0.33333")));
        source.away(true);

        assertEquals(0, priceImport.importAround(day));
        assertFalse(prices.hasDay(PriceArea.NO4, day));

        source.away(false);
        assertEquals(1, priceImport.importAround(day));
        assertTrue(prices.hasDay(PriceArea.NO4, day));
    }

    @Test
    void aDayTheSourceGetsWrongIsNotStored() {
        PriceSourceStandIn source = PriceSourceStandIn.running();
        LocalDate day = TODAY.plusDays(20);
        source.publish("NO5", day, "PT60M", Collections.nCopies(23, new BigDecimal("0.10000")));

        assertEquals(0, priceImport.importAround(day), "23 hourly prices on a 24-hour day");
        assertFalse(prices.hasDay(PriceArea.NO5, day));
    }
}
