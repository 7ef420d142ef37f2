package no.los.platform.rights;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;

/**
 * The rights contract: how one service takes part in every right of the data subject. A service
 * implements it once, in its {@code privacy} package, as a CDI bean. The platform owns the protocol
 * around it ({@link RightsProtocol}): it reads the requests and erasure triggers from every topic
 * that carries them, takes the customer's lock, calls the service, and publishes exactly one answer
 * per request per service through the outbox. A service cannot forget to answer, nor answer twice.
 */
public interface DataSubjectRights {

    /** Describe: the categories of personal data this service holds (R2, Art. 30). */
    DataMap dataMap();

    /** Access: everything this service holds about the person, per category of its data map (Art. 15). */
    AccessPart access(UUID customerId);

    /**
     * Export: the portable categories of the data map (what the person provided or what was observed),
     * streamed into the writer (Art. 20).
     */
    void export(UUID customerId, PortableWriter writer);

    /**
     * Rectify (Art. 16, 19): customer-service rectified these fields of the person (e.g.
     * {@code POSTAL_ADDRESS}); the service brings every copy or derivative it holds up to date and
     * returns the categories of its data map it changed, or none when it holds no copy. Runs with the
     * customer's lock held, in the transaction the platform answers in. The values never travel on
     * the bus: a service that kept a copy would fetch the value from customer-service (none does yet).
     */
    default List<String> rectify(UUID customerId, Set<String> rectifiedFields) {
        return List.of();
    }

    /**
     * Restrict (Art. 18): the categories whose processing this service stops while the person is
     * restricted. The data stays; the service checks {@link Restrictions} before it processes it.
     */
    default List<String> stoppedWhileRestricted() {
        return List.of();
    }

    /**
     * Object (Art. 21): the categories whose processing for an objection of this scope (e.g.
     * {@code PEER_COMPARISON}) this service stops once the objection is upheld; none when it does no
     * such processing. The platform keeps every upheld objection it hears of ({@link UpheldObjections})
     * and answers a request with these categories; the service asks {@link UpheldObjections} before it
     * processes for the purpose.
     */
    default List<String> stoppedByObjection(String scope) {
        return List.of();
    }

    /**
     * A data subject request objects to processing in this scope (Art. 21). Only the service that
     * decides objections, consent-service, records it; it is announced to the others once it is upheld.
     * Runs with the customer's lock held, in the transaction the request is handled in.
     */
    default void objectionRequested(UUID requestId, UUID customerId, String scope) {
    }

    /** Erase: the service's erasure rules and the triggers it acts on (Art. 17, R10, R12, R16, R21). */
    ErasureRules erasure();

    /** The erasure part of the contract. */
    interface ErasureRules {

        /** Whether the service acts on this case at all; the platform subscribes only to what it acts on. */
        boolean actsOn(ErasureTrigger trigger);

        /** Whether a withdrawal of this consent purpose concerns this service (e.g. {@code NEWSLETTER_EMAIL}). */
        default boolean processesUnderConsent(String purpose) {
            return false;
        }

        /**
         * Whether an objection of this scope (e.g. {@code DIRECT_MARKETING}) concerns data this service
         * holds. An objection that concerns none is not this service's business: it is neither carried
         * out nor confirmed here.
         */
        default boolean concernedByObjection(String scope) {
            return true;
        }

        /**
         * Applies the rule for one case: deletes what may go and fills the report with what was deleted
         * and what was kept, why and until when. Runs in the transaction the platform confirms in, with
         * the customer's lock held. Must not confirm: the platform does.
         */
        void erase(ErasureCase erasure, ErasureReport report);
    }
}
