package no.los.consumption.intake;

import java.time.LocalDate;
import java.util.UUID;

import no.los.platform.time.OsloCalendar;

/**
 * One metering point's values of one Norwegian day as they are staged: a whole day from an Elhub
 * delivery, or the hours of one day that a single-point batch holds. Its values are staged apart,
 * under {@link #id}. A series that broke a rule names the field and what was wrong; its metering
 * point is then refused as a whole.
 *
 * @param id        the series' number in the stage
 * @param line      the line of the delivery it came from (1-based), or the index of its first reading
 * @param customerId whose day it is, when the caller knows; else resolved from the supply contracts
 * @param kwhMilli  the sum of its values in Wh (thousandths of a kWh)
 */
public record DaySeries(int id, int line, String meteringPointId, LocalDate day, Resolution resolution,
        boolean wholeDay, int intervals, long kwhMilli, UUID customerId, String field, String reason) {

    /** A series that broke a rule before it could be staged in full. */
    static DaySeries refused(int id, int line, String meteringPointId, LocalDate day, Resolution resolution, String field,
            String reason) {
        return new DaySeries(id, line, meteringPointId, day, resolution, false, 0, 0, null, field, reason);
    }

    long startEpochSecond() {
        return OsloCalendar.startOf(day).toEpochSecond();
    }

    long endEpochSecond() {
        return OsloCalendar.startOf(day.plusDays(1)).toEpochSecond();
    }
}
