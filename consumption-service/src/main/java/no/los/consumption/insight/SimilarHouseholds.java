package no.los.consumption.insight;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A month's consumption of one household beside that of similar households (R12). The group's figures
 * are given only when it has at least the minimum number of other households and none of them used
 * more than the dominance share of the group's total, so that no answer shows one household's
 * consumption; they are rounded to whole kWh and never include the household itself. Two answers on
 * either side of a household joining or leaving a large group can still be set against each other; the
 * figures are not noised.
 *
 * @param month       the calendar month, Europe/Oslo
 * @param group       what the household shares with the group
 * @param ownKwh      the household's own consumption in the month, over all its metering points
 * @param households  how many other households with consumption in the month are in the group
 * @param hidden      why the group's figures are not given; empty when they are
 * @param figures     the group's figures; empty when hidden
 */
public record SimilarHouseholds(YearMonth month, PeerGroup group, BigDecimal ownKwh, int households,
        Optional<Hidden> hidden, Optional<Figures> figures) {

    /** Why a group's figures are not shown. */
    public enum Hidden {
        /** Fewer other households than {@code los.consumption.peer-comparison.minimum-households}. */
        TOO_FEW_HOUSEHOLDS,
        /** One household used more than {@code los.consumption.peer-comparison.dominance-share} of the total. */
        ONE_HOUSEHOLD_DOMINATES
    }

    /**
     * The group's monthly consumption in whole kWh: the mean, the median, and the mean of the fifth of the
     * group that used the least (the efficient households; at least one).
     */
    public record Figures(BigDecimal averageKwh, BigDecimal medianKwh, BigDecimal efficientKwh) {
    }
}
