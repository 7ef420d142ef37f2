package no.los.dsar.service;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestStep;
import no.los.dsar.RequestType;
import no.los.dsar.TrackedRequest;
import no.los.dsar.letters.RequestLetter;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RequestLetterRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;

/**
 * Lifting a restriction (Art. 18(3)): only a restriction every service has put in place, only after
 * the person was sent the notice that it will be lifted and why, and once. The lifting is published
 * as {@code no.los.dsar.restriction-lifted.v1}; every service lifts it and confirms, and the request's
 * parts show each confirmation.
 */
@ApplicationScoped
public class RestrictionLifting {

    /** The data of {@code no.los.dsar.restriction-lifted.v1}. */
    record RestrictionLifted(UUID requestId, UUID customerId, RequestType requestType, OffsetDateTime liftedAt) {
    }

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RequestLetterRepository letters;

    @Inject
    RequestStepRepository steps;

    @Inject
    RequestFollowUp followUp;

    @Inject
    Outbox outbox;

    /** Sends the person the notice that the restriction will be lifted, with the reasons. */
    @Transactional
    public TrackedRequest tell(UUID requestId, String reasons, String officer) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        Set<RequestStep.Kind> taken = requireInForce(request);
        if (taken.contains(RequestStep.Kind.LIFTING_NOTIFIED)) {
            throw new ConflictProblem("The person has already been told that the restriction will be lifted");
        }
        letters.persist(RequestLetter.liftingNotice(requestId, reasons, officer, now));
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.LIFTING_NOTIFIED, now, officer));
        return followUp.track(request);
    }

    /** Lifts the restriction in every service, once the person has been told. */
    @Transactional
    public TrackedRequest lift(UUID requestId, String officer) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        if (!requireInForce(request).contains(RequestStep.Kind.LIFTING_NOTIFIED)) { // written with the notice letter
            throw new ConflictProblem("The person must be told before the restriction is lifted (Art. 18(3)): "
                    + "send the lifting notice first");
        }
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.LIFTED, now, officer));
        outbox.add(new OutgoingEvent(EventTopic.DSAR, EventTypes.RESTRICTION_LIFTED, request.customerId(),
                new RestrictionLifted(requestId, request.customerId(), RequestType.RESTRICTION, now)));
        return followUp.track(request);
    }

    /** Refuses anything but a restriction every service has put in place and nobody lifted; answers its steps. */
    private Set<RequestStep.Kind> requireInForce(DataSubjectRequest request) {
        if (request.type() != RequestType.RESTRICTION) {
            throw new ConflictProblem("Only a restriction request can be lifted; this is " + request.type());
        }
        if (request.status() != DataSubjectRequest.Status.COMPLETED) {
            throw new ConflictProblem("The restriction is not in force: the request is " + request.status()
                    + ", and only a restriction every service has put in place can be lifted");
        }
        Set<RequestStep.Kind> taken = steps.ofRequest(request.id()).stream().map(RequestStep::step)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestStep.Kind.class)));
        if (taken.contains(RequestStep.Kind.LIFTED)) {
            throw new ConflictProblem("The restriction has already been lifted");
        }
        return taken;
    }
}
