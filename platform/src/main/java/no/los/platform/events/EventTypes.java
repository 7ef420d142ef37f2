package no.los.platform.events;

/**
 * The catalogue of event types, written once so producers and consumers cannot drift apart.
 * Payload schemas live in {@code docs/events/asyncapi.yaml}.
 */
public final class EventTypes {

    public static final String CUSTOMER_REGISTERED = "no.los.customer.registered.v1";
    public static final String METERING_POINT_ADDED = "no.los.customer.metering-point-added.v1";
    public static final String CONSENT_GIVEN = "no.los.consent.given.v1";
    public static final String CONSENT_WITHDRAWN = "no.los.consent.withdrawn.v1";
    public static final String READINGS_RECEIVED = "no.los.consumption.readings-received.v1";
    public static final String NEWSLETTER_ADDRESS_DELETED = "no.los.marketing.newsletter-address-deleted.v1";
    public static final String DATA_SUBJECT_REQUEST_RECEIVED = "no.los.dsar.request-received.v1";

    private EventTypes() {
    }
}
