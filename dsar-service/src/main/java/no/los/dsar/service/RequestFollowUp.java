package no.los.dsar.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestFlag;
import no.los.dsar.RequestType;
import no.los.dsar.StatutoryDeadline;
import no.los.dsar.TrackedRequest;
import no.los.dsar.config.DeadlineConfig;
import no.los.dsar.config.ErasureConfig;
import no.los.dsar.config.RightsConfig;
import no.los.dsar.erasure.ConfirmationTimeout;
import no.los.dsar.erasure.ErasureProgress;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.ErasureFulfilmentRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.dsar.repository.RightsPartRepository;
import no.los.dsar.rights.AnswerTimeout;
import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsProgress;

/**
 * Following requests up: their deadlines, each service's erasure confirmation or part of an access or
 * portability request, and those that need attention.
 */
@ApplicationScoped
public class RequestFollowUp {

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    ErasureFulfilmentRepository fulfilments;

    @Inject
    RightsPartRepository rightsParts;

    @Inject
    ErasureConfig erasure;

    @Inject
    RightsConfig rightsConfig;

    @Inject
    DeadlineConfig deadline;

    @Inject
    RequestStepRepository steps;

    @Transactional(TxType.SUPPORTS)
    public Optional<TrackedRequest> find(UUID id) {
        return requests.findByIdOptional(id).map(this::track);
    }

    /** Whose request this is, for the access log of a call about it. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UUID> customerOf(UUID requestId) {
        return requests.findByIdOptional(requestId).map(DataSubjectRequest::customerId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<TrackedRequest> ofCustomer(UUID customerId) {
        return requests.ofCustomer(customerId).stream().map(this::track).toList();
    }

    /** The open requests that carry the flag, the longest waiting first. */
    @Transactional(TxType.SUPPORTS)
    public List<TrackedRequest> flagged(RequestFlag flag) {
        Instant now = Instant.now();
        LocalDate today = StatutoryDeadline.today(now);
        List<DataSubjectRequest> found = switch (flag) {
            case LATE -> late(now);
            case AWAITING -> requests.openNotAnnounced();
            case DUE_SOON -> requests.openToBeAnsweredBetween(today, today.plusDays(deadline.warnDaysBefore()));
            case OVERDUE -> requests.openDueBefore(today);
        };
        return found.stream().map(request -> track(request, now)).toList();
    }

    /** How many open requests carry the flag now. */
    @Transactional(TxType.SUPPORTS)
    public long count(RequestFlag flag) {
        Instant now = Instant.now();
        LocalDate today = StatutoryDeadline.today(now);
        return switch (flag) {
            case LATE -> late(now).size();
            case AWAITING -> requests.countOpenNotAnnounced();
            case DUE_SOON -> requests.countOpenToBeAnsweredBetween(today, today.plusDays(deadline.warnDaysBefore()));
            case OVERDUE -> requests.countOpenDueBefore(today);
        };
    }

    /** How many erasure requests are late now. */
    @Transactional(TxType.SUPPORTS)
    public long countLateErasures() {
        return requests.countOpenErasuresAnnouncedBefore(timeout().receivedLateBefore(Instant.now()));
    }

    @Transactional(TxType.SUPPORTS)
    public TrackedRequest track(DataSubjectRequest request) {
        return track(request, Instant.now());
    }

    private TrackedRequest track(DataSubjectRequest request, Instant now) {
        ErasureProgress progress = request.type() != RequestType.ERASURE ? null
                : ErasureProgress.of(request.announcedAt(), fulfilments.ofRequest(request.id()), timeout(), now);
        RightsProgress rights = !RightsPart.ANSWERED_BY_EVERY_SERVICE.contains(request.type()) ? null
                : RightsProgress.of(request.type(), request.announcedAt(), rightsParts.ofRequest(request.id()),
                        answerTimeout(), now);
        return new TrackedRequest(request, request.isDueSoonAt(now, deadline.warnDaysBefore()),
                request.isOverdueAt(now), progress, rights,
                steps.ofRequest(request.id()));
    }

    /** Erasures not confirmed and access or portability requests missing a part, each past its timeout. */
    private List<DataSubjectRequest> late(Instant now) {
        List<DataSubjectRequest> late = new ArrayList<>(
                requests.openErasuresAnnouncedBefore(timeout().receivedLateBefore(now)));
        late.addAll(requests.openRightsRequestsMissingPartsAnnouncedBefore(answerTimeout().receivedLateBefore(now)));
        late.sort(Comparator.comparing(DataSubjectRequest::receivedAt));
        return late;
    }

    private AnswerTimeout answerTimeout() {
        return new AnswerTimeout(rightsConfig.answerTimeout());
    }

    private ConfirmationTimeout timeout() {
        return new ConfirmationTimeout(erasure.confirmationTimeout());
    }
}
