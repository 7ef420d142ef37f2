package no.los.platform.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The Green Button (NAESB ESPI 3.3) schemas as published, kept with their licence among this
 * module's resources ({@code espi/}), for every test that reads a Green Button export back:
 * {@code usage.xsd} imports
 * {@code atom.xsd}, so one schema validates the Atom feed and, through the strict wildcard of
 * {@code atom:content}, every ESPI resource inside it. Only local files are read: {@code atom.xsd}
 * imports the W3C's {@code xml.xsd} by URL, and the two attributes it takes from there
 * ({@code xml:base}, {@code xml:lang}) are declared here instead.
 */
public final class GreenButtonSchemas {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String ESPI_NAMESPACE = "http://naesb.org/espi";

    private static final String XML_NAMESPACE_ATTRIBUTES = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
              <xs:attribute name="base" type="xs:anyURI"/>
              <xs:attribute name="lang" type="xs:string"/>
            </xs:schema>""";

    private static final Schema ESPI = load();

    private GreenButtonSchemas() {
    }

    /**
     * Validates the feed against the schemas, then each ESPI resource of an {@code atom:content} on its
     * own against {@code usage.xsd}; returns the number of resources. Throws {@link SAXException} naming
     * the first violation.
     */
    public static int validate(byte[] feed) throws SAXException, IOException {
        Validator validator = ESPI.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(feed)));
        int resources = 0;
        NodeList contents = parse(feed).getElementsByTagNameNS(ATOM, "content");
        for (int i = 0; i < contents.getLength(); i++) {
            for (Node child = contents.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element resource) {
                    if (!ESPI_NAMESPACE.equals(resource.getNamespaceURI())) {
                        throw new SAXException("content holds " + resource.getTagName() + ", not an ESPI resource");
                    }
                    ESPI.newValidator().validate(new DOMSource(resource));
                    resources++;
                }
            }
        }
        return resources;
    }

    public static Document parse(byte[] feed) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the feed is not well-formed XML", e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    XMLConstants.XML_NS_URI.equals(namespace) ? xmlNamespaceAttributes() : null);
            URL usage = GreenButtonSchemas.class.getResource("/espi/usage.xsd");
            return factory.newSchema(usage);
        } catch (SAXException e) {
            throw new IllegalStateException("the ESPI schemas cannot be read", e);
        }
    }

    private static LSInput xmlNamespaceAttributes() {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            LSInput input = ls.createLSInput();
            input.setStringData(XML_NAMESPACE_ATTRIBUTES);
            return input;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
