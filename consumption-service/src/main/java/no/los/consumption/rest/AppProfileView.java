package no.los.consumption.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.AppProfile;
import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;
import no.los.consumption.app.Household;

/** The household profile the app keeps, and when the customer last changed it. */
public record AppProfileView(@Schema(minimum = "1", maximum = "" + Household.LARGEST_HOUSEHOLD) int householdSize,
        DwellingType dwellingType, HeatingType heatingType,
        @Schema(minimum = "" + Household.SMALLEST_AREA, maximum = "" + Household.LARGEST_AREA) int areaSquareMetres,
        OffsetDateTime updatedAt) {

    static AppProfileView of(AppProfile profile) {
        Household household = profile.household();
        return new AppProfileView(household.householdSize(), household.dwellingType(), household.heatingType(),
                household.areaSquareMetres(), profile.updatedAt());
    }
}
