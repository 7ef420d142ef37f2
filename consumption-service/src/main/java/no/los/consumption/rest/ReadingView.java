package no.los.consumption.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.HourlyReading;

/** One hour's consumption; times are shown in Norwegian time, as the customer lives them. */
public record ReadingView(@Schema(maxLength = 18, pattern = "^[0-9]{18}$") String meteringPointId, OffsetDateTime start,
        BigDecimal kwh) {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    static ReadingView of(HourlyReading reading) {
        OffsetDateTime start = reading.startsAt().atZoneSameInstant(OSLO).toOffsetDateTime();
        return new ReadingView(reading.meteringPointId(), start, reading.kwh());
    }
}
