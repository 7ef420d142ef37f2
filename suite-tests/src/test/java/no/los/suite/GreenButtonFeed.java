package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Green Button (NAESB ESPI 3.3) export read back: validated against the ESPI schemas kept among
 * consumption-service's test resources, then its interval readings summed in kWh.
 */
final class GreenButtonFeed {

    private static final String ESPI = "http://naesb.org/espi";
    private static final int WATT_HOURS = 72;

    private final Document document;

    private GreenButtonFeed(Document document) {
        this.document = document;
    }

    static GreenButtonFeed validated(byte[] xml) throws Exception {
        Path schemas = Path.of(System.getProperty("los.suite.root", "..")).toAbsolutePath().normalize()
                .resolve("consumption-service/src/test/resources/espi");
        assertTrue(Files.exists(schemas.resolve("usage.xsd")), "the ESPI schemas are kept in " + schemas);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(EspiSchemas.offline(schemas));
        factory.newSchema(new StreamSource(schemas.resolve("usage.xsd").toFile())).newValidator();
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        EspiSchemas.validateEveryResource(document, factory.newSchema(new StreamSource(schemas.resolve("usage.xsd").toFile())));
        return new GreenButtonFeed(document);
    }

    /** The sum of every interval reading, scaled by its reading type, in kWh. */
    BigDecimal totalKwh() {
        NodeList types = document.getElementsByTagNameNS(ESPI, "ReadingType");
        assertEquals(1, types.getLength(), "one reading type for hourly consumption");
        Element type = (Element) types.item(0);
        assertEquals(WATT_HOURS, Integer.parseInt(text(type, "uom")), "values in Wh");
        int multiplier = Integer.parseInt(text(type, "powerOfTenMultiplier"));
        BigDecimal total = BigDecimal.ZERO;
        NodeList readings = document.getElementsByTagNameNS(ESPI, "IntervalReading");
        for (int i = 0; i < readings.getLength(); i++) {
            total = total.add(new BigDecimal(text((Element) readings.item(i), "value")));
        }
        return total.scaleByPowerOfTen(multiplier).movePointLeft(3);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ESPI, name).item(0).getTextContent().trim();
    }
}
