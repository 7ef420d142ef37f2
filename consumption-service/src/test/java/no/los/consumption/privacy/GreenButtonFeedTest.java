package no.los.consumption.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import no.los.platform.test.GreenButtonSchemas;
import no.los.platform.time.OsloCalendar;

/**
 * The Green Button feed on its own, without infrastructure: valid against the published ESPI
 * schemas, one IntervalBlock per Norwegian day however long the day is, and values that add up to
 * the stored kWh exactly.
 */
class GreenButtonFeedTest {

    private static final String POINT = "707057500042745649";
    private static final String EMPTY_POINT = "707057500042745656";
    private static final LocalDate SPRING_FORWARD = LocalDate.parse("2026-03-29");
    private static final LocalDate FALL_BACK = LocalDate.parse("2026-10-25");

    private record Hour(OffsetDateTime start, BigDecimal kwh) {
    }

    @Test
    void aFeedOfTwoMeteringPointsIsValidGreenButtonAndAddsUpExactly() throws Exception {
        List<Hour> hours = new ArrayList<>(day(SPRING_FORWARD, "0.001", "1.234", "12.345"));
        hours.addAll(day(FALL_BACK, "999999999.999", "0.000", "2.5"));
        byte[] feed = write(hours);

        assertEquals(2 * 3 + 2, GreenButtonSchemas.validate(feed),
                "UsagePoint, MeterReading, ReadingType per point, and two IntervalBlocks");
        GreenButtonFile file = GreenButtonFile.read(feed);
        assertEquals(List.of(POINT, EMPTY_POINT), file.meteringPoints());
        assertEquals(new GreenButtonFile.Unit(72, 0, 3600), file.unitOf(POINT), "Wh, multiplier 0, hourly");
        assertEquals(0, file.readingsOf(EMPTY_POINT).size());
        assertEquals(2, file.intervalBlocks());

        List<GreenButtonFile.Reading> read = file.readingsOf(POINT);
        assertEquals(23 + 25, read.size());
        for (int i = 0; i < hours.size(); i++) {
            assertEquals(hours.get(i).start().toEpochSecond(), read.get(i).start());
            assertEquals(3600, read.get(i).duration());
            assertEquals(0, BigDecimal.valueOf(read.get(i).value()).scaleByPowerOfTen(-3).compareTo(hours.get(i).kwh()),
                    "hour " + i + " is the stored kWh to the last decimal");
        }
        assertEquals(sum(hours), file.kwhOf(POINT));
    }

    @Test
    void aDayIsOneBlockFromNorwegianMidnightToTheNextOf23Or25Hours() {
        List<Hour> hours = new ArrayList<>(day(SPRING_FORWARD, "1.000"));
        hours.addAll(day(FALL_BACK, "1.000"));
        GreenButtonFile file = GreenButtonFile.read(write(hours));
        List<GreenButtonFile.Reading> read = file.readingsOf(POINT);
        GreenButtonFile.Reading spring = read.get(0);
        GreenButtonFile.Reading autumn = read.get(read.size() - 1);
        assertEquals(SPRING_FORWARD.atStartOfDay(OsloCalendar.ZONE).toEpochSecond(), spring.blockStart());
        assertEquals(23 * 3600, spring.blockDuration());
        assertEquals(FALL_BACK.atStartOfDay(OsloCalendar.ZONE).toEpochSecond(), autumn.blockStart());
        assertEquals(25 * 3600, autumn.blockDuration());
        read.forEach(reading -> assertTrue(reading.start() >= reading.blockStart()
                && reading.start() + reading.duration() <= reading.blockStart() + reading.blockDuration(),
                "every hour lies inside its day's block"));
    }

    @Test
    void theSchemasRefuseAValueThatIsNotAWholeNumber() {
        String feed = new String(write(day(SPRING_FORWARD, "1.234")), StandardCharsets.UTF_8);
        String tampered = feed.replaceFirst("<value>1234</value>", "<value>1.234</value>");
        assertNotEquals(feed, tampered, "the value was found to tamper with");
        assertThrows(SAXException.class, () -> GreenButtonSchemas.validate(tampered.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKwhValueFinerThanTheStoredPrecisionIsRefusedNotRounded() {
        assertEquals(1234, GreenButtonFeed.value(new BigDecimal("1.234")));
        assertEquals(2000, GreenButtonFeed.value(new BigDecimal("2")));
        assertThrows(ArithmeticException.class, () -> GreenButtonFeed.value(new BigDecimal("1.2345")));
    }

    private static byte[] write(List<Hour> hours) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        GreenButtonFeed feed = GreenButtonFeed.start(output, UUID.randomUUID(), OffsetDateTime.now());
        feed.usagePoint(POINT);
        hours.forEach(hour -> feed.reading(hour.start(), hour.kwh()));
        feed.usagePoint(EMPTY_POINT);
        feed.finish();
        return output.toByteArray();
    }

    /** Every hour of the Norwegian day, the h-th with {@code values[h % n]} kWh. */
    private static List<Hour> day(LocalDate day, String... values) {
        List<Hour> hours = new ArrayList<>();
        ZonedDateTime start = day.atStartOfDay(OsloCalendar.ZONE);
        for (int h = 0; start.toLocalDate().equals(day); h++, start = start.plusHours(1)) {
            hours.add(new Hour(start.toOffsetDateTime(), new BigDecimal(values[h % values.length])));
        }
        return hours;
    }

    private static BigDecimal sum(List<Hour> hours) {
        return hours.stream().map(Hour::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
