package no.los.consumption.price;

import java.time.LocalDate;
import java.util.Optional;

import no.los.platform.identifiers.PriceArea;

/**
 * Where day-ahead prices come from (a port): Nord Pool, ENTSO-E's transparency platform, or a price
 * feed the retailer buys. One implementation, {@link HttpPriceSource}; the tests and the local stack
 * run a real HTTP server in the source's place.
 */
public interface PriceSource {

    /**
     * The area's prices of the day, or nothing when the source has not published them (yet).
     *
     * @throws PriceSourceUnavailable when the source cannot be asked or answers something unusable
     */
    Optional<SpotPriceDay> dayAhead(PriceArea area, LocalDate day);
}
