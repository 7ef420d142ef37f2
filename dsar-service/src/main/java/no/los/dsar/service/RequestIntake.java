package no.los.dsar.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/** Receiving a data subject's request: the statutory clock starts, and the suite is told. */
@ApplicationScoped
public class RequestIntake {

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    Outbox outbox;

    public record ReceiveRequest(UUID customerId, RequestType type, RequestChannel channel, SubmittedBy submittedBy) {
    }

    /** Announced to every service, which each carry out their part. */
    public record RequestReceived(UUID requestId, UUID customerId, RequestType requestType, OffsetDateTime receivedAt,
            LocalDate dueOn) {
    }

    @Transactional
    public DataSubjectRequest receive(ReceiveRequest command) {
        DataSubjectRequest request = DataSubjectRequest.receive(command.customerId(), command.type(),
                command.channel(), command.submittedBy(), OffsetDateTime.now());
        requests.persist(request);
        outbox.add(new OutgoingEvent(EventTopic.DSAR, EventTypes.DATA_SUBJECT_REQUEST_RECEIVED, request.customerId(),
                new RequestReceived(request.id(), request.customerId(), request.type(), request.receivedAt(),
                        request.dueOn())));
        return request;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<DataSubjectRequest> find(UUID id) {
        return requests.findByIdOptional(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<DataSubjectRequest> ofCustomer(UUID customerId) {
        return requests.ofCustomer(customerId);
    }
}
