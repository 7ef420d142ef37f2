package no.los.consumption.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;
import no.los.consumption.app.Household;

@Schema(description = "The household, as the customer describes it to the app")
public record AppProfileRequest(
        @NotNull @Min(1) @Max(Household.LARGEST_HOUSEHOLD) @Schema(example = "3") Integer householdSize,
        @NotNull @Schema(example = "HOUSE") DwellingType dwellingType,
        @NotNull @Schema(example = "HEAT_PUMP") HeatingType heatingType,
        @NotNull @Min(Household.SMALLEST_AREA) @Max(Household.LARGEST_AREA) @Schema(example = "120") Integer areaSquareMetres) {

    Household toHousehold() {
        return new Household(householdSize, dwellingType, heatingType, areaSquareMetres);
    }
}
