package no.los.platform.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.platform.accesslog.AccessLog;
import no.los.platform.accesslog.AccessLogCategory;
import no.los.platform.customers.KnownCustomerCategory;
import no.los.platform.customers.KnownCustomers;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureConfirmations;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/**
 * The platform's half of the rights contract. For every case and request it takes the customer's
 * lock, calls the service's {@link DataSubjectRights}, and publishes the one answer through the
 * outbox in the same transaction: an erasure confirmation, or a rights answer for access,
 * portability, rectification, restriction and objection. Event handlers and a service's own jobs come through
 * here; nothing else confirms.
 */
@ApplicationScoped
public class RightsProtocol {

    static final String RECTIFICATION = "RECTIFICATION";
    static final String RESTRICTION = "RESTRICTION";
    static final String OBJECTION = "OBJECTION";

    @Inject
    Instance<DataSubjectRights> participants;

    @Inject
    Outbox outbox;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    AccessLog accessLog;

    @Inject
    KnownCustomers knownCustomers;

    @Inject
    Restrictions restrictions;

    @Inject
    UpheldObjections upheldObjections;

    /** The service's part in the rights, when it declares one. */
    public Optional<DataSubjectRights> participant() {
        return participants.isResolvable() ? Optional.of(participants.get()) : Optional.empty();
    }

    /**
     * The service's data map as the rights see it: its own categories, the register of known customers
     * where the service keeps one, and the platform's access log, which every service keeps.
     */
    public DataMap dataMap() {
        DataMap own = required().dataMap();
        DataMap withRegister = knownCustomers.enabled() ? own.plus(KnownCustomerCategory.category()) : own;
        return withRegister.plus(RestrictionCategory.category()).plus(UpheldObjectionCategory.category())
                .plus(AccessLogCategory.category());
    }

    /** Everything the service holds about the person, with who read or changed it (the access log). */
    public AccessPart access(UUID customerId) {
        AccessPart own = required().access(customerId);
        AccessPart withRegister = knownCustomers.enabled()
                ? own.plus(KnownCustomerCategory.records(knownCustomers.registeredAt(customerId)))
                : own;
        return withRegister.plus(RestrictionCategory.records(restrictions.of(customerId)))
                .plus(UpheldObjectionCategory.records(upheldObjections.of(customerId)))
                .plus(AccessLogCategory.records(accessLog.of(customerId)));
    }

    /** This service's name, e.g. {@code consumption-service}. */
    public String serviceName() {
        return confirmations.serviceName();
    }

    /**
     * Applies the service's erasure rules to one case and confirms what it deleted and kept. The
     * report must be for the case's trigger.
     */
    @Transactional(TxType.MANDATORY)
    public ErasureConfirmation erase(ErasureCase erasure, ErasureReport report) {
        if (report.trigger() != erasure.trigger()) {
            throw new IllegalArgumentException("a report for " + report.trigger() + " cannot confirm " + erasure.trigger());
        }
        outbox.lockCustomer(erasure.customerId());
        required().erasure().erase(erasure, report);
        if (erasure.trigger() == ErasureTrigger.ERASURE_REQUESTED && knownCustomers.enabled()
                && knownCustomers.forget(erasure.customerId()) > 0) {
            report.deleted(KnownCustomerCategory.NAME, 1);
        }
        if (erasure.trigger() == ErasureTrigger.ERASURE_REQUESTED) {
            int restrictionsErased = restrictions.forget(erasure.customerId());
            if (restrictionsErased > 0) {
                report.deleted(RestrictionCategory.NAME, restrictionsErased);
            }
        }
        long objections = upheldObjections.countOf(erasure.customerId());
        if (objections > 0) {
            report.kept(UpheldObjectionCategory.NAME, objections, RetentionReason.OBJECTION_IN_FORCE, null);
        }
        accessLog.retained(erasure.customerId()).ifPresent(kept ->
                report.kept(AccessLogCategory.NAME, kept.entries(), RetentionReason.ACCESS_LOG, kept.until()));
        return confirmations.confirm(erasure.customerId(), report);
    }

    /**
     * Answers an access or portability request: the part is ready to be fetched. The answer names
     * the categories of the data map, never their content.
     */
    @Transactional(TxType.MANDATORY)
    public RightsAnswer answer(UUID requestId, UUID customerId, String requestType) {
        return publish(EventTypes.RIGHTS_ANSWERED, requestId, customerId, requestType,
                dataMap().categories().stream().map(DataCategory::name).toList());
    }

    /**
     * Answers a rectification request in the service that rectified: the categories it changed. The
     * other services answer when they hear of the rectification ({@link #rectified}).
     */
    @Transactional(TxType.MANDATORY)
    public RightsAnswer answerRectification(UUID requestId, UUID customerId, List<String> changedCategories) {
        return publish(EventTypes.RIGHTS_ANSWERED, requestId, customerId, RECTIFICATION, changedCategories);
    }

    /**
     * Another service rectified fields of the person: the service brings its copies up to date and,
     * when a request asked for the rectification, answers it with the categories it changed (none
     * when it holds no copy).
     */
    @Transactional(TxType.MANDATORY)
    public List<String> rectified(UUID customerId, UUID requestId, Set<String> fields) {
        outbox.lockCustomer(customerId);
        List<String> changed = List.copyOf(required().rectify(customerId, fields));
        if (requestId != null) {
            publish(EventTypes.RIGHTS_ANSWERED, requestId, customerId, RECTIFICATION, changed);
        }
        return changed;
    }

    /**
     * Restricts the person's processing here (Art. 18) and answers with the categories whose
     * processing stopped. The same event is handled once (the idempotent consumer); another event for the
     * same request is answered again and changes nothing.
     */
    @Transactional(TxType.MANDATORY)
    public RightsAnswer restrict(UUID requestId, UUID customerId) {
        outbox.lockCustomer(customerId);
        restrictions.restrict(customerId, requestId, OffsetDateTime.now());
        return publish(EventTypes.RIGHTS_ANSWERED, requestId, customerId, RESTRICTION,
                required().stoppedWhileRestricted());
    }

    /**
     * Lifts the restriction the request put in place and confirms it with
     * {@code no.los.rights.restriction-lifted.v1}, naming the categories processed again.
     */
    @Transactional(TxType.MANDATORY)
    public RightsAnswer lift(UUID requestId, UUID customerId) {
        outbox.lockCustomer(customerId);
        restrictions.lift(customerId, requestId);
        return publish(EventTypes.RESTRICTION_LIFT_CONFIRMED, requestId, customerId, RESTRICTION,
                required().stoppedWhileRestricted());
    }

    /**
     * A data subject request objects to processing: the service that decides objections records it
     * (consent-service); the others do nothing until it is upheld.
     */
    @Transactional(TxType.MANDATORY)
    public void objectionRequested(UUID requestId, UUID customerId, String scope) {
        outbox.lockCustomer(customerId);
        required().objectionRequested(requestId, customerId, scope);
    }

    /**
     * An objection was upheld (Art. 21): the service keeps it, so it processes no more in its scope,
     * and, when a request made it, answers with the categories whose processing stopped (none when it
     * does no such processing).
     */
    @Transactional(TxType.MANDATORY)
    public List<String> objected(UUID customerId, UUID objectionId, String scope, OffsetDateTime effectiveAt,
            UUID requestId) {
        outbox.lockCustomer(customerId);
        upheldObjections.record(customerId, objectionId, scope, effectiveAt);
        List<String> stopped = List.copyOf(required().stoppedByObjection(scope));
        if (requestId != null) {
            answerObjection(requestId, customerId, stopped);
        }
        return stopped;
    }

    /**
     * Answers an objection request with the categories this service stopped or changed: the deciding
     * service's own answer, the others' through {@link #objected}.
     */
    @Transactional(TxType.MANDATORY)
    public RightsAnswer answerObjection(UUID requestId, UUID customerId, List<String> categories) {
        return publish(EventTypes.RIGHTS_ANSWERED, requestId, customerId, OBJECTION, categories);
    }

    private RightsAnswer publish(String eventType, UUID requestId, UUID customerId, String requestType,
            List<String> categories) {
        RightsAnswer answer = new RightsAnswer(requestId, customerId, serviceName(), requestType, categories,
                OffsetDateTime.now());
        outbox.add(new OutgoingEvent(EventTopic.ownedBy(answer.service()), eventType, customerId, answer));
        return answer;
    }

    private DataSubjectRights required() {
        return participant().orElseThrow(() -> new IllegalStateException(
                serviceName() + " declares no DataSubjectRights: it cannot take part in the rights"));
    }
}
