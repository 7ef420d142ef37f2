package no.los.consumption.insight;

import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;
import no.los.consumption.app.Household;
import no.los.platform.identifiers.PriceArea;

/**
 * What households share to be compared (R12): the price area they are supplied in, dwelling type,
 * heating, and bands of floor area and household size, so that a group is alike without being small.
 * The bands are written once here and in SQL as {@link #AREA_BAND_SQL} and {@link #SIZE_BAND_SQL}.
 */
public record PeerGroup(PriceArea priceArea, DwellingType dwellingType, HeatingType heatingType, String areaBand,
        String householdSizeBand) {

    /** The floor-area band of {@code app_profile.area_square_metres}, in m². */
    static final String AREA_BAND_SQL = """
            case when p.area_square_metres < 60 then 'UNDER_60' when p.area_square_metres < 100 then '60_99'
                 when p.area_square_metres < 150 then '100_149' when p.area_square_metres < 200 then '150_199'
                 else '200_AND_MORE' end""";
    /** The household-size band of {@code app_profile.household_size}, in persons. */
    static final String SIZE_BAND_SQL = """
            case when p.household_size = 1 then '1' when p.household_size = 2 then '2'
                 when p.household_size <= 4 then '3_4' else '5_AND_MORE' end""";

    /** The group of a household supplied in this price area. */
    public static PeerGroup of(PriceArea priceArea, Household household) {
        int area = household.areaSquareMetres();
        String areaBand = area < 60 ? "UNDER_60" : area < 100 ? "60_99" : area < 150 ? "100_149" : area < 200 ? "150_199"
                : "200_AND_MORE";
        int size = household.householdSize();
        String sizeBand = size == 1 ? "1" : size == 2 ? "2" : size <= 4 ? "3_4" : "5_AND_MORE";
        return new PeerGroup(priceArea, household.dwellingType(), household.heatingType(), areaBand, sizeBand);
    }
}
