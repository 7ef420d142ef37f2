package no.los.consumption.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;
import no.los.consumption.insight.SimilarHouseholds;

@Schema(description = "A month's consumption beside similar households: the other app households of the same dwelling "
        + "type and heating, without those who objected to peer comparison or whose processing is restricted")
public record SimilarHouseholdsView(
        @Schema(example = "2026-11", description = "The calendar month, Europe/Oslo", pattern = "^\\d{4}-\\d{2}$",
                maxLength = 7) String month,
        DwellingType dwellingType, HeatingType heatingType,
        @Schema(description = "My consumption in the month, kWh") BigDecimal ownKwh,
        @Schema(description = "How many other households with readings in the month are in the group", minimum = "0",
                maximum = "2147483647") int households,
        @Schema(description = "Whether the group is large enough to be shown (los.consumption.peer-comparison."
                + "minimum-households, default 5)") boolean comparable,
        @Schema(description = "The group's average, kWh; null unless comparable") BigDecimal averageKwh,
        @Schema(description = "The group's median, kWh; null unless comparable") BigDecimal medianKwh) {

    static SimilarHouseholdsView of(SimilarHouseholds comparison) {
        return new SimilarHouseholdsView(comparison.month().toString(), comparison.dwellingType(),
                comparison.heatingType(), comparison.ownKwh(), comparison.households(), comparison.group().isPresent(),
                comparison.group().map(SimilarHouseholds.Group::averageKwh).orElse(null),
                comparison.group().map(SimilarHouseholds.Group::medianKwh).orElse(null));
    }
}
