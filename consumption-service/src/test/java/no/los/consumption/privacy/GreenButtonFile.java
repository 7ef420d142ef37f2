package no.los.consumption.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.los.platform.test.GreenButtonSchemas;

/**
 * A Green Button feed read back the way an importing tool reads it: entries related by their links
 * (an IntervalBlock belongs to the UsagePoint whose path its own path extends), values scaled by the
 * ReadingType's powerOfTenMultiplier.
 */
final class GreenButtonFile {

    /** One IntervalReading, with the block it was found in. */
    record Reading(String meteringPointId, long start, long duration, long value, long blockStart, long blockDuration) {
    }

    /** What the ReadingType of a metering point says about its values. */
    record Unit(int uom, int powerOfTenMultiplier, int intervalLength) {
    }

    private final Map<String, String> meteringPointOfUsagePoint = new LinkedHashMap<>();
    private final Map<String, Unit> unitOfMeteringPoint = new LinkedHashMap<>();
    private final Map<String, String> readingTypeOfMeteringPoint = new LinkedHashMap<>();
    private final Map<String, Unit> unitOfReadingType = new LinkedHashMap<>();
    private final List<Reading> readings = new ArrayList<>();
    private int intervalBlocks;

    private GreenButtonFile(Document feed) {
        NodeList entries = feed.getElementsByTagNameNS(GreenButtonFeed.ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            Element resource = resourceOf(entry);
            String self = link(entry, "self");
            switch (resource.getLocalName()) {
                case "UsagePoint" -> meteringPointOfUsagePoint.put(self, text(entry, GreenButtonFeed.ATOM, "title")
                        .replace("Målepunkt ", ""));
                case "ReadingType" -> unitOfReadingType.put(self, new Unit(Math.toIntExact(number(resource, "uom")),
                        Math.toIntExact(number(resource, "powerOfTenMultiplier")),
                        Math.toIntExact(number(resource, "intervalLength"))));
                case "MeterReading" -> readingTypeOfMeteringPoint.put(owner(self), related(entry, "/ReadingType/"));
                case "IntervalBlock" -> readBlock(owner(self), resource);
                default -> throw new AssertionError("unexpected resource " + resource.getLocalName());
            }
        }
        readingTypeOfMeteringPoint.forEach((point, type) -> unitOfMeteringPoint.put(point, unitOfReadingType.get(type)));
    }

    static GreenButtonFile read(byte[] feed) {
        return new GreenButtonFile(GreenButtonSchemas.parse(feed));
    }

    /** The metering points, in the order of their UsagePoint entries. */
    List<String> meteringPoints() {
        return List.copyOf(meteringPointOfUsagePoint.values());
    }

    Unit unitOf(String meteringPointId) {
        return unitOfMeteringPoint.get(meteringPointId);
    }

    List<Reading> readingsOf(String meteringPointId) {
        return readings.stream().filter(reading -> reading.meteringPointId().equals(meteringPointId)).toList();
    }

    int intervalBlocks() {
        return intervalBlocks;
    }

    /** The energy a metering point's readings add up to, in kWh: Σ value × 10^multiplier Wh, exactly. */
    BigDecimal kwhOf(String meteringPointId) {
        int multiplier = unitOf(meteringPointId).powerOfTenMultiplier();
        return readingsOf(meteringPointId).stream()
                .map(reading -> BigDecimal.valueOf(reading.value()).scaleByPowerOfTen(multiplier))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .scaleByPowerOfTen(-3);
    }

    private void readBlock(String meteringPointId, Element block) {
        intervalBlocks++;
        Element interval = child(block, "interval");
        long blockStart = number(interval, "start");
        long blockDuration = number(interval, "duration");
        NodeList hours = block.getElementsByTagNameNS(GreenButtonFeed.ESPI, "IntervalReading");
        for (int i = 0; i < hours.getLength(); i++) {
            Element hour = (Element) hours.item(i);
            Element period = child(hour, "timePeriod");
            readings.add(new Reading(meteringPointId, number(period, "start"), number(period, "duration"),
                    Long.parseLong(text(hour, GreenButtonFeed.ESPI, "value")), blockStart, blockDuration));
        }
    }

    /** The metering point whose UsagePoint path the given path extends. */
    private String owner(String self) {
        return meteringPointOfUsagePoint.entrySet().stream().filter(point -> self.startsWith(point.getKey() + "/"))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(self + " belongs to no UsagePoint before it"));
    }

    private static Element resourceOf(Element entry) {
        Element content = child(entry, GreenButtonFeed.ATOM, "content");
        for (org.w3c.dom.Node node = content.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("an entry without a resource");
    }

    private static String link(Element entry, String rel) {
        return links(entry).stream().filter(link -> rel.equals(link.getAttribute("rel"))).findFirst()
                .map(link -> link.getAttribute("href")).orElseThrow(() -> new AssertionError("no " + rel + " link"));
    }

    private static String related(Element entry, String containing) {
        return links(entry).stream().filter(link -> "related".equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href")).filter(href -> href.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no related link to " + containing));
    }

    private static List<Element> links(Element entry) {
        List<Element> links = new ArrayList<>();
        for (org.w3c.dom.Node node = entry.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "link".equals(element.getLocalName())) {
                links.add(element);
            }
        }
        return links;
    }

    private static Element child(Element parent, String name) {
        return child(parent, GreenButtonFeed.ESPI, name);
    }

    private static Element child(Element parent, String namespace, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError(parent.getLocalName() + " has no " + name);
    }

    private static String text(Element parent, String namespace, String name) {
        return child(parent, namespace, name).getTextContent();
    }

    private static long number(Element parent, String name) {
        return Long.parseLong(text(parent, GreenButtonFeed.ESPI, name));
    }
}
