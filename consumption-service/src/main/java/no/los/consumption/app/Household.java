package no.los.consumption.app;

import no.los.platform.problem.InvalidInputException;

/**
 * What a customer tells the app about the household, so that its consumption can be compared with
 * similar homes. Nothing here identifies anyone; it is still personal data, kept only for the app.
 */
public record Household(int householdSize, DwellingType dwellingType, HeatingType heatingType, int areaSquareMetres) {

    public static final int LARGEST_HOUSEHOLD = 20;
    public static final int SMALLEST_AREA = 5;
    public static final int LARGEST_AREA = 2000;

    public Household {
        if (householdSize < 1 || householdSize > LARGEST_HOUSEHOLD) {
            throw new InvalidInputException("householdSize", "must be between 1 and " + LARGEST_HOUSEHOLD);
        }
        if (dwellingType == null) {
            throw new InvalidInputException("dwellingType", "is required");
        }
        if (heatingType == null) {
            throw new InvalidInputException("heatingType", "is required");
        }
        if (areaSquareMetres < SMALLEST_AREA || areaSquareMetres > LARGEST_AREA) {
            throw new InvalidInputException("areaSquareMetres", "must be between " + SMALLEST_AREA + " and " + LARGEST_AREA);
        }
    }
}
