package no.los.consumption.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.los.consumption.Period;
import no.los.consumption.intake.Resolution;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.time.OsloCalendar;

/**
 * One price area's day-ahead prices of one Norwegian day, in NOK per kWh without VAT, in order from the
 * day's first interval: 23, 24 or 25 hourly prices, or 92, 96 or 100 quarter-hour prices (the
 * day-ahead market has had 15-minute periods since {@link #QUARTERS_FROM}). Prices may be negative;
 * they have at most five decimals (a thousandth of an øre).
 */
public record SpotPriceDay(PriceArea area, LocalDate day, Resolution resolution, List<BigDecimal> nokPerKwh) {

    /** The first day of 15-minute day-ahead prices in the Nordic market. */
    public static final LocalDate QUARTERS_FROM = LocalDate.parse("2025-10-01");
    /** Beyond this a price is a typing error (the market's limits are far inside it). */
    static final BigDecimal MOST_NOK_PER_KWH = new BigDecimal("100");
    static final int DECIMALS = 5;

    public SpotPriceDay {
        if (area == null) {
            throw new InvalidInputException("priceArea", "must be one of NO1, NO2, NO3, NO4, NO5");
        }
        if (day == null || day.getYear() < Period.EARLIEST_YEAR || day.getYear() > Period.LATEST_YEAR) {
            throw new InvalidInputException("day", "must be a date (YYYY-MM-DD) between " + Period.EARLIEST_YEAR
                    + " and " + Period.LATEST_YEAR);
        }
        if (resolution == null) {
            throw new InvalidInputException("resolution", "must be PT60M or PT15M");
        }
        if (resolution == Resolution.PT15M && day.isBefore(QUARTERS_FROM)) {
            throw new InvalidInputException("resolution", "quarter-hour day-ahead prices exist from " + QUARTERS_FROM);
        }
        if (nokPerKwh == null || nokPerKwh.size() != resolution.intervalsOn(day)) {
            throw new InvalidInputException("nokPerKwh", "must hold the " + resolution.intervalsOn(day)
                    + " prices of the day in " + resolution);
        }
        for (int i = 0; i < nokPerKwh.size(); i++) {
            BigDecimal price = nokPerKwh.get(i);
            if (price == null) {
                throw new InvalidInputException("nokPerKwh[" + i + "]", "is required");
            }
            if (price.stripTrailingZeros().scale() > DECIMALS) {
                throw new InvalidInputException("nokPerKwh[" + i + "]", "must have at most " + DECIMALS + " decimals");
            }
            if (price.abs().compareTo(MOST_NOK_PER_KWH) > 0) {
                throw new InvalidInputException("nokPerKwh[" + i + "]", "must lie between -100 and 100 NOK per kWh");
            }
        }
        nokPerKwh = List.copyOf(nokPerKwh);
    }

    /** The start of interval {@code i} of the day. */
    public OffsetDateTime start(int i) {
        return OsloCalendar.startOf(day).plusSeconds(i * resolution.seconds());
    }
}
