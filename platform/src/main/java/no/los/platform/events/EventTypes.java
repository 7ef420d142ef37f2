package no.los.platform.events;

/**
 * The catalogue of event types, written once so producers and consumers cannot drift apart.
 * Payload schemas live in {@code docs/events/asyncapi.yaml}.
 */
public final class EventTypes {

    public static final String CUSTOMER_REGISTERED = "no.los.customer.registered.v1";
    public static final String METERING_POINT_ADDED = "no.los.customer.metering-point-added.v1";
    public static final String CONTRACT_STARTED = "no.los.customer.contract-started.v1";
    public static final String CONTRACT_TERMINATED = "no.los.customer.contract-terminated.v1";
    public static final String RELATIONSHIP_ENDED = "no.los.customer.relationship-ended.v1";
    public static final String CUSTOMER_RECTIFIED = "no.los.customer.rectified.v1";
    public static final String CONSENT_GIVEN = "no.los.consent.given.v1";
    public static final String CONSENT_WITHDRAWN = "no.los.consent.withdrawn.v1";
    public static final String OBJECTION_REGISTERED = "no.los.consent.objection-registered.v1";
    public static final String READINGS_RECEIVED = "no.los.consumption.readings-received.v1";
    public static final String DATA_SUBJECT_REQUEST_RECEIVED = "no.los.dsar.request-received.v1";
    /** Every service publishes it on its own topic: the erasure protocol's proof, see {@code platform/erasure}. */
    public static final String ERASURE_CONFIRMED = "no.los.erasure.confirmed.v1";
    /** Every service publishes it on its own topic: its part of an access or portability request is ready to fetch. */
    public static final String RIGHTS_ANSWERED = "no.los.rights.answered.v1";
    /** Every service publishes it on its own topic when its data map changed: the source of the records of processing. */
    public static final String DATA_MAP_ANNOUNCED = "no.los.rights.data-map-announced.v1";

    private EventTypes() {
    }
}
