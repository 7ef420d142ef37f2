package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.HourlyReading;
import no.los.consumption.ReadingCursor;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.time.OsloCalendar;

/** One hour's consumption; times are shown in Norwegian time, as the customer lives them. */
@Schema(name = "ReadingView")
public record ReadingView(
        @Schema(maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
        OffsetDateTime start, BigDecimal kwh) {

    private static final ZoneId OSLO = OsloCalendar.ZONE;

    /** Where a page of readings ends: the metering point and the hour. */
    String cursor() {
        return ReadingCursor.of(meteringPointId, start).toString();
    }

    static ReadingView of(HourlyReading reading) {
        OffsetDateTime start = reading.startsAt().atZoneSameInstant(OSLO).toOffsetDateTime();
        return new ReadingView(reading.meteringPointId(), start, reading.kwh());
    }
}
