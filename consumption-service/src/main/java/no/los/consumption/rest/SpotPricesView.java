package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.price.SpotPrices.IntervalPrice;
import no.los.platform.time.OsloCalendar;

/** A price area's day-ahead prices of a period, oldest first; times in Norwegian time. */
@Schema(name = "SpotPrices")
public record SpotPricesView(
        @Schema(enumeration = { "NO1", "NO2", "NO3", "NO4", "NO5" }, maxLength = 3) String priceArea,
        @Schema(enumeration = { "PT60M", "PT15M" }, maxLength = 5) String resolution,
        @Schema(maxItems = 35_232, description = "At most one per interval of a period of at most 367 days")
        List<Price> prices) {

    @Schema(name = "SpotPrice")
    public record Price(OffsetDateTime start,
            @Schema(description = "NOK per kWh without VAT; may be negative") BigDecimal nokPerKwh,
            @Schema(enumeration = { "PT60M", "PT15M" }, maxLength = 5, description = "PT60M: the market's price of "
                    + "the interval; PT15M on an hour: the exact mean of its four quarter prices") String from) {
    }

    static SpotPricesView of(String area, String resolution, List<IntervalPrice> prices) {
        return new SpotPricesView(area, resolution, prices.stream()
                .map(price -> new Price(price.start().atZoneSameInstant(OsloCalendar.ZONE).toOffsetDateTime(),
                        price.nokPerKwh(), price.derivedFrom().name()))
                .toList());
    }
}
