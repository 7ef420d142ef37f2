package no.los.consumption.insight;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;

/**
 * A month's consumption of one household beside that of similar households (R12): the same dwelling
 * type and heating. The group's figures are given only when at least the minimum number of other
 * households is in it, so that one answer does not show any single household's consumption. Two
 * answers on either side of a household joining or leaving the group can still be set against each
 * other; the figures are not noised.
 *
 * @param month         the calendar month, Europe/Oslo
 * @param dwellingType  what the group shares with the household
 * @param heatingType   what the group shares with the household
 * @param ownKwh        the household's own consumption in the month, over all its metering points
 * @param households    how many other households with readings in the month are in the group
 * @param group         the group's figures; empty when there are fewer than the minimum
 */
public record SimilarHouseholds(YearMonth month, DwellingType dwellingType, HeatingType heatingType, BigDecimal ownKwh,
        int households, Optional<Group> group) {

    /** The group's monthly consumption, in kWh with three decimals. */
    public record Group(BigDecimal averageKwh, BigDecimal medianKwh) {
    }
}
