package no.los.consumption.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;
import no.los.consumption.insight.SimilarHouseholds;

@Schema(description = "A month's consumption beside similar households: the other app households of the same price area, "
        + "dwelling type, heating, floor-area band and household-size band, without those who objected to peer "
        + "comparison or whose processing is restricted, and never my own")
public record SimilarHouseholdsView(
        @Schema(example = "2026-11", description = "The calendar month, Europe/Oslo", pattern = "^\\d{4}-\\d{2}$",
                maxLength = 7) String month,
        @Schema(enumeration = { "NO1", "NO2", "NO3", "NO4", "NO5" }, maxLength = 3) String priceArea,
        DwellingType dwellingType, HeatingType heatingType,
        @Schema(enumeration = { "UNDER_60", "60_99", "100_149", "150_199", "200_AND_MORE" }, maxLength = 12,
                description = "Floor area, m²") String areaBand,
        @Schema(enumeration = { "1", "2", "3_4", "5_AND_MORE" }, maxLength = 10, description = "Persons")
        String householdSizeBand,
        @Schema(description = "My consumption in the month, kWh") BigDecimal ownKwh,
        @Schema(description = "How many other households with consumption in the month are in the group", minimum = "0",
                maximum = "2147483647") int households,
        @Schema(description = "Whether the group's figures are shown") boolean comparable,
        @Schema(enumeration = { "TOO_FEW_HOUSEHOLDS", "ONE_HOUSEHOLD_DOMINATES" }, maxLength = 30, description = "Why "
                + "not: fewer than los.consumption.peer-comparison.minimum-households (default 10) other households, or "
                + "one of them used more than los.consumption.peer-comparison.dominance-share (0.15) of the group's total; "
                + "null when comparable") String hiddenBecause,
        @Schema(description = "The group's average, whole kWh; null unless comparable") BigDecimal averageKwh,
        @Schema(description = "The group's median, whole kWh; null unless comparable") BigDecimal medianKwh,
        @Schema(description = "The average of the fifth of the group that used the least, whole kWh; null unless "
                + "comparable") BigDecimal efficientKwh) {

    static SimilarHouseholdsView of(SimilarHouseholds comparison) {
        var group = comparison.group();
        var figures = comparison.figures();
        return new SimilarHouseholdsView(comparison.month().toString(), group.priceArea().name(), group.dwellingType(),
                group.heatingType(), group.areaBand(), group.householdSizeBand(), comparison.ownKwh(),
                comparison.households(), figures.isPresent(), comparison.hidden().map(Enum::name).orElse(null),
                figures.map(SimilarHouseholds.Figures::averageKwh).orElse(null),
                figures.map(SimilarHouseholds.Figures::medianKwh).orElse(null),
                figures.map(SimilarHouseholds.Figures::efficientKwh).orElse(null));
    }
}
