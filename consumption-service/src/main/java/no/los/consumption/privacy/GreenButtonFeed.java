package no.los.consumption.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.ctc.wstx.stax.WstxOutputFactory;

import no.los.platform.time.OsloCalendar;

/**
 * A person's hourly consumption as a Green Button file (NAESB REQ.21 ESPI 3.3): an Atom feed in which
 * every metering point is a {@code UsagePoint} with its {@code MeterReading} and {@code ReadingType},
 * and every Norwegian day of readings one {@code IntervalBlock} of hourly {@code IntervalReading}s.
 * Written with StAX as the readings arrive, a reading at a time: nothing is held but the day being
 * written. Call {@link #usagePoint} for each metering point, then {@link #reading} for its hours in
 * order, and {@link #finish} at the end.
 *
 * <p>Values are real energy in Wh ({@code uom} 72). Stored kWh have {@value #STORED_KWH_SCALE}
 * decimals ({@code hourly_reading.kwh numeric(12, 3)}), so a thousandth of a kWh is one Wh and the
 * {@code powerOfTenMultiplier} is {@value #POWER_OF_TEN_MULTIPLIER}: every value is an exact integer,
 * and value × 10^multiplier Wh is the stored kWh, to the last decimal.
 *
 * <p>Ids are name-based UUIDs of the metering point (and day), so the same data exported twice has the
 * same ids. The links follow ESPI's resource paths so that Green Button tools can relate the entries;
 * this service does not serve them one by one.
 */
final class GreenButtonFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ESPI = "http://naesb.org/espi";
    /** The decimals of a stored kWh value; the migration's {@code numeric(12, 3)}. */
    static final int STORED_KWH_SCALE = 3;
    /** 10^-3 kWh is 1 Wh: the largest multiplier that keeps every stored value a whole number. */
    static final int POWER_OF_TEN_MULTIPLIER = 3 - STORED_KWH_SCALE;
    static final int UOM_WATT_HOURS = 72;
    static final int HOUR_SECONDS = 3600;

    private static final int SERVICE_KIND_ELECTRICITY = 0;
    private static final int ACCUMULATION_DELTA_DATA = 4;
    private static final int COMMODITY_ELECTRICITY_SECONDARY_METERED = 1;
    private static final int FLOW_DIRECTION_FORWARD = 1;
    private static final int MEASUREMENT_KIND_ENERGY = 12;
    private static final String RESOURCES = "/espi/1_1/resource/";
    private static final XMLOutputFactory OUTPUT = new WstxOutputFactory();

    private final XMLStreamWriter xml;
    private final UUID customerId;
    private final String exportedAt;
    private String meteringPointId;
    private LocalDate openDay;

    private GreenButtonFeed(XMLStreamWriter xml, UUID customerId, OffsetDateTime exportedAt) {
        this.xml = xml;
        this.customerId = customerId;
        this.exportedAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(exportedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Opens the feed of one customer's consumption on the output, which stays open. Written by
     * Woodstox, which encodes UTF-8 into a buffer of its own: the JDK's StAX writer passed on every
     * piece of markup separately, and that was most of the feed's cost.
     */
    static GreenButtonFeed start(OutputStream output, UUID customerId, OffsetDateTime exportedAt) {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(output, StandardCharsets.UTF_8.name());
            GreenButtonFeed feed = new GreenButtonFeed(xml, customerId, exportedAt);
            feed.writeHead();
            return feed;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Starts a metering point: its UsagePoint, MeterReading and ReadingType entries; its readings follow. */
    void usagePoint(String meteringPointId) {
        try {
            closeDay();
            this.meteringPointId = meteringPointId;
            writeUsagePoint();
            writeMeterReading();
            writeReadingType();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** One hour of the current metering point, after the hours before it; a new Norwegian day opens a new block. */
    void reading(OffsetDateTime start, BigDecimal kwh) {
        if (meteringPointId == null) {
            throw new IllegalStateException("a reading comes after the usage point it belongs to");
        }
        try {
            LocalDate day = OsloCalendar.dayOf(start);
            if (!day.equals(openDay)) {
                closeDay();
                openDay(day);
            }
            xml.writeStartElement("", "IntervalReading", ESPI);
            writeInterval("timePeriod", start.toEpochSecond(), HOUR_SECONDS);
            element(ESPI, "value", Long.toString(value(kwh)));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the feed and flushes it; the output itself is left open. */
    void finish() {
        try {
            closeDay();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The interval value of a stored kWh value: Wh divided by 10^multiplier, exact or refused. */
    static long value(BigDecimal kwh) {
        return kwh.movePointRight(3 - POWER_OF_TEN_MULTIPLIER).longValueExact();
    }

    private void writeHead() throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        element(ATOM, "id", urn("feed", customerId.toString()));
        element(ATOM, "title", "Strømforbruket ditt time for time fra LOS AS (Green Button)");
        element(ATOM, "updated", exportedAt);
        link("self", RESOURCES + "Batch/RetailCustomer/" + customerId + "/UsagePoint");
    }

    private void writeUsagePoint() throws XMLStreamException {
        startEntry(urn("usage-point", meteringPointId), "Målepunkt " + meteringPointId,
                usagePointPath(), usagePointsPath(), meterReadingsPath());
        xml.writeStartElement(ATOM, "content");
        espiContent("UsagePoint");
        xml.writeStartElement("", "ServiceCategory", ESPI);
        element(ESPI, "kind", Integer.toString(SERVICE_KIND_ELECTRICITY));
        xml.writeEndElement();
        xml.writeEndElement();
        endEntry();
    }

    private void writeMeterReading() throws XMLStreamException {
        startEntry(urn("meter-reading", meteringPointId), "Timeverdier for målepunkt " + meteringPointId,
                meterReadingPath(), meterReadingsPath(), intervalBlocksPath(), readingTypePath());
        xml.writeStartElement(ATOM, "content");
        xml.writeEmptyElement("", "MeterReading", ESPI);
        xml.writeDefaultNamespace(ESPI);
        endEntry();
    }

    private void writeReadingType() throws XMLStreamException {
        startEntry(urn("reading-type", meteringPointId), "Energi levert per time, i Wh",
                readingTypePath(), RESOURCES + "ReadingType");
        xml.writeStartElement(ATOM, "content");
        espiContent("ReadingType");
        element(ESPI, "accumulationBehaviour", Integer.toString(ACCUMULATION_DELTA_DATA));
        element(ESPI, "commodity", Integer.toString(COMMODITY_ELECTRICITY_SECONDARY_METERED));
        element(ESPI, "flowDirection", Integer.toString(FLOW_DIRECTION_FORWARD));
        element(ESPI, "intervalLength", Integer.toString(HOUR_SECONDS));
        element(ESPI, "kind", Integer.toString(MEASUREMENT_KIND_ENERGY));
        element(ESPI, "powerOfTenMultiplier", Integer.toString(POWER_OF_TEN_MULTIPLIER));
        element(ESPI, "uom", Integer.toString(UOM_WATT_HOURS));
        xml.writeEndElement();
        endEntry();
    }

    /** A day of 23, 24 or 25 hours: its interval runs from Norwegian midnight to the next. */
    private void openDay(LocalDate day) throws XMLStreamException {
        OffsetDateTime midnight = day.atStartOfDay(OsloCalendar.ZONE).toOffsetDateTime();
        long seconds = Duration.between(midnight, day.plusDays(1).atStartOfDay(OsloCalendar.ZONE)).toSeconds();
        startEntry(urn("interval-block", meteringPointId + "/" + day), "Forbruk " + day,
                intervalBlocksPath() + "/" + id("interval-block", meteringPointId + "/" + day), intervalBlocksPath());
        xml.writeStartElement(ATOM, "content");
        espiContent("IntervalBlock");
        writeInterval("interval", midnight.toEpochSecond(), seconds);
        openDay = day;
    }

    private void closeDay() throws XMLStreamException {
        if (openDay == null) {
            return;
        }
        xml.writeEndElement();
        endEntry();
        openDay = null;
    }

    /** ESPI's DateTimeInterval: the duration comes before the start. */
    private void writeInterval(String name, long startEpochSeconds, long durationSeconds) throws XMLStreamException {
        xml.writeStartElement("", name, ESPI);
        element(ESPI, "duration", Long.toString(durationSeconds));
        element(ESPI, "start", Long.toString(startEpochSeconds));
        xml.writeEndElement();
    }

    /**
     * An entry up to its content: id, its links (self, up, then related ones; Atom's schema wants the
     * links of an entry side by side), title and times.
     */
    private void startEntry(String id, String title, String self, String up, String... related)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        element(ATOM, "id", id);
        link("self", self);
        link("up", up);
        for (String href : related) {
            link("related", href);
        }
        element(ATOM, "title", title);
        element(ATOM, "published", exportedAt);
        element(ATOM, "updated", exportedAt);
    }

    /** Closes the content and the entry. */
    private void endEntry() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void link(String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    /**
     * The ESPI resource in an entry's content, declaring ESPI its default namespace: its elements go
     * without a prefix, which makes a reading a third shorter to write and to read than with one.
     */
    private void espiContent(String name) throws XMLStreamException {
        xml.writeStartElement("", name, ESPI);
        xml.writeDefaultNamespace(ESPI);
    }

    /** An element with text, in the default namespace where it stands (Atom in the feed, ESPI in a resource). */
    private void element(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement("", name, namespace);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private String usagePointsPath() {
        return RESOURCES + "RetailCustomer/" + customerId + "/UsagePoint";
    }

    private String usagePointPath() {
        return usagePointsPath() + "/" + id("usage-point", meteringPointId);
    }

    private String meterReadingsPath() {
        return usagePointPath() + "/MeterReading";
    }

    private String meterReadingPath() {
        return meterReadingsPath() + "/" + id("meter-reading", meteringPointId);
    }

    private String intervalBlocksPath() {
        return meterReadingPath() + "/IntervalBlock";
    }

    private String readingTypePath() {
        return RESOURCES + "ReadingType/" + id("reading-type", meteringPointId);
    }

    private static String urn(String kind, String name) {
        return "urn:uuid:" + id(kind, name);
    }

    private static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes(("los:green-button:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static RuntimeException failed(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException("the Green Button feed could not be written", io);
        }
        return new IllegalStateException("the Green Button feed could not be written", e);
    }
}
