package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.los.platform.test.GreenButtonSchemas;

/** A Green Button (NAESB ESPI 3.3) export read back: validated against the ESPI schemas, then summed in kWh. */
final class GreenButtonFeed {

    private static final int WATT_HOURS = 72;

    private final Document document;

    private GreenButtonFeed(Document document) {
        this.document = document;
    }

    static GreenButtonFeed validated(byte[] xml) throws Exception {
        assertTrue(GreenButtonSchemas.validate(xml) > 0, "the feed carries ESPI resources");
        return new GreenButtonFeed(GreenButtonSchemas.parse(xml));
    }

    /** The sum of every interval reading, scaled by its reading type, in kWh. */
    BigDecimal totalKwh() {
        NodeList types = document.getElementsByTagNameNS(GreenButtonSchemas.ESPI_NAMESPACE, "ReadingType");
        assertEquals(1, types.getLength(), "one reading type: the customer's one metering point, hourly");
        Element type = (Element) types.item(0);
        assertEquals(WATT_HOURS, Integer.parseInt(text(type, "uom")), "values in Wh");
        int multiplier = Integer.parseInt(text(type, "powerOfTenMultiplier"));
        BigDecimal total = BigDecimal.ZERO;
        NodeList readings = document.getElementsByTagNameNS(GreenButtonSchemas.ESPI_NAMESPACE, "IntervalReading");
        for (int i = 0; i < readings.getLength(); i++) {
            total = total.add(new BigDecimal(text((Element) readings.item(i), "value")));
        }
        return total.scaleByPowerOfTen(multiplier).movePointLeft(3);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(GreenButtonSchemas.ESPI_NAMESPACE, name).item(0).getTextContent().trim();
    }
}
