package no.los.dsar.portability;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A person with data in every service, as the services' portable endpoints serve it, with values
 * that test the formats: a comma, a double quote, a line break, Norwegian letters, an exact decimal.
 */
public record PlantedPerson(UUID customerId, String name, String email, String street, String note,
        String meteringPointId) {

    /** A fresh person; the values carry a random tag so no other test's person shares them. */
    public static PlantedPerson fresh() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new PlantedPerson(UUID.randomUUID(), "Ingrid Ås " + tag, "ingrid." + tag + "@example.no",
                "Storgata 1, 2. etasje " + tag, "sa \"hei\"\nog gikk " + tag, "7070575000" + tag.replaceAll("[^0-9]", "0"));
    }

    /** Plants the person's part in every service of the stand-ins. */
    public PlantedPerson plantedIn(PortabilityStandIns standIns) {
        standIns.service("customer-service").plant(customerId, PortablePart.of()
                .category("customer-identity").record("customerId", customerId.toString(), "name", name)
                .category("contact-data").record("email", email, "street", street, "note", note)
                .category("former-addresses"));
        standIns.service("consent-service").plant(customerId, PortablePart.of()
                .category("consents")
                .record("purpose", "NEWSLETTER_EMAIL", "given", true, "noticeVersion", 3)
                .record("purpose", "VISUALISATION_APP", "given", false, "noticeVersion", 2));
        standIns.service("consumption-service").plant(customerId, PortablePart.of()
                .category("hourly-readings")
                .record("meteringPointId", meteringPointId, "hourStart", "2025-01-01T00:00+01:00",
                        "kwh", new BigDecimal("1.250"))
                .record("meteringPointId", meteringPointId, "hourStart", "2025-01-01T01:00+01:00",
                        "kwh", new BigDecimal("0.875")));
        standIns.service("consumption-service").plantGreenButton(customerId, greenButtonFeed());
        standIns.service("marketing-service").plant(customerId, PortablePart.of()
                .category("newsletter-address").record("email", email, "subscribedOn", "2024-05-01"));
        return this;
    }

    /** The feed consumption-service would serve; dsar-service passes it through as it is. */
    public byte[] greenButtonFeed() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Forbruk for " + name + "</title><entry><id>urn:uuid:" + customerId + "</id>"
                + "<content><IntervalReading xmlns=\"http://naesb.org/espi\"><value>1250</value></IntervalReading>"
                + "</content></entry></feed>\n").getBytes(StandardCharsets.UTF_8);
    }
}
