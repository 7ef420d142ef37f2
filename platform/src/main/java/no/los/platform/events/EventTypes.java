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
    public static final String CONTRACT_CANCELLED = "no.los.customer.contract-cancelled.v1";
    public static final String RELATIONSHIP_ENDED = "no.los.customer.relationship-ended.v1";
    public static final String CUSTOMER_RECTIFIED = "no.los.customer.rectified.v1";
    public static final String CONSENT_GIVEN = "no.los.consent.given.v1";
    public static final String CONSENT_WITHDRAWN = "no.los.consent.withdrawn.v1";
    public static final String OBJECTION_REGISTERED = "no.los.consent.objection-registered.v1";
    /** consent-service publishes it when the privacy officer rejects an objection a data subject request made. */
    public static final String OBJECTION_REJECTED = "no.los.consent.objection-rejected.v1";
    public static final String READINGS_RECEIVED = "no.los.consumption.readings-received.v1";
    public static final String DATA_SUBJECT_REQUEST_RECEIVED = "no.los.dsar.request-received.v1";
    /** Every service publishes it on its own topic: the erasure protocol's proof, see {@code platform/erasure}. */
    public static final String ERASURE_CONFIRMED = "no.los.erasure.confirmed.v1";
    /** Every service publishes it on its own topic: its answer to a request: an access or portability part ready to fetch, or what it rectified, restricted or stopped on an objection. */
    public static final String RIGHTS_ANSWERED = "no.los.rights.answered.v1";
    /** dsar-service publishes it: the privacy officer lifted a restriction after telling the person (Art. 18(3)). */
    public static final String RESTRICTION_LIFTED = "no.los.dsar.restriction-lifted.v1";
    /** Every service publishes it on its own topic: it processes a restricted person's data again. */
    public static final String RESTRICTION_LIFT_CONFIRMED = "no.los.rights.restriction-lifted.v1";
    /** Every service publishes it on its own topic when its data map changed: the source of the records of processing. */
    public static final String DATA_MAP_ANNOUNCED = "no.los.rights.data-map-announced.v1";

    private EventTypes() {
    }
}
