package no.los.dsar.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.Objected;
import no.los.dsar.ObjectionScope;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestStep;
import no.los.dsar.RequestType;
import no.los.dsar.TrackedRequest;
import no.los.dsar.config.ErasureConfig;
import no.los.dsar.erasure.ErasureFulfilment;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.ErasureFulfilmentRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsParts;

/**
 * Receiving a data subject's request: the deadline starts, and the suite is told at once when the
 * person asked on Min side, or once staff have released a request they registered ({@link RequestRelease}).
 * An erasure request also starts waiting for every service's confirmation, any other request for
 * every service's answer, in the same transaction, so no answer can arrive for a request
 * that does not yet expect it.
 */
@ApplicationScoped
public class RequestIntake {

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RequestStepRepository steps;

    @Inject
    RequestAnnouncement announcement;

    @Inject
    ErasureFulfilmentRepository fulfilments;

    @Inject
    RequestFollowUp followUp;

    @Inject
    ErasureConfig erasure;

    @Inject
    RightsParts rightsParts;

    /**
     * @param registeredBy the staff member who registered it (the token's subject); {@code null} when the
     *                     person made the request on Min side
     * @param objection    what an objection request objects to; {@code null} for every other type
     */
    public record ReceiveRequest(UUID customerId, RequestType type, RequestChannel channel, SubmittedBy submittedBy,
            String registeredBy, Objected objection) {

        public ReceiveRequest {
            if ((submittedBy == SubmittedBy.STAFF_ON_BEHALF) != (registeredBy != null)) {
                throw new IllegalArgumentException("a request staff registered names who did, and only such a request");
            }
        }

        public ReceiveRequest(UUID customerId, RequestType type, RequestChannel channel, SubmittedBy submittedBy) {
            this(customerId, type, channel, submittedBy, null, null);
        }
    }

    /**
     * Announced to every service, which each carry out their part; an objection request names its scope,
     * never the grounds.
     */
    public record RequestReceived(UUID requestId, UUID customerId, RequestType requestType, OffsetDateTime receivedAt,
            LocalDate dueOn, ObjectionScope objectionScope) {
    }

    @Transactional
    public TrackedRequest receive(ReceiveRequest command) {
        return receive(command, OffsetDateTime.now());
    }

    /** Receives a request that arrived at the given time (a letter opened after the day it came; tests). */
    @Transactional
    TrackedRequest receive(ReceiveRequest command, OffsetDateTime receivedAt) {
        DataSubjectRequest request = command.registeredBy() == null
                ? DataSubjectRequest.receive(command.customerId(), command.type(), command.channel(),
                        command.submittedBy(), receivedAt)
                : DataSubjectRequest.registerOnBehalf(command.customerId(), command.type(), command.channel(),
                        command.registeredBy(), receivedAt);
        request.objectingTo(command.objection());
        requests.persist(request);
        steps.persist(command.registeredBy() == null
                ? RequestStep.byTheDataSubject(request.id(), RequestStep.Kind.RECEIVED, receivedAt)
                : RequestStep.byStaff(request.id(), RequestStep.Kind.RECEIVED, receivedAt, command.registeredBy()));
        if (request.type() == RequestType.ERASURE) {
            erasure.services().forEach(service -> fulfilments.persist(ErasureFulfilment.expect(request.id(), service)));
        }
        if (RightsPart.ANSWERED_BY_EVERY_SERVICE.contains(request.type())) {
            rightsParts.expectEveryService(request);
        }
        announcement.announceIfReady(request, receivedAt);
        return followUp.track(request);
    }
}
