package no.los.dsar.rights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.config.RightsConfig;
import no.los.dsar.letters.RequestCompletion;
import no.los.dsar.repository.CollectedPartRepository;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RightsPartRepository;
import no.los.dsar.repository.RightsPartRepository.PartToCollect;
import no.los.platform.rights.RightsAnswer;

/**
 * Following each service's part of access, portability, rectification, restriction and objection requests:
 * expected when the request is received, answered when the service's {@code no.los.rights.answered.v1}
 * arrives, and for access fetched by the {@link PartCollector}. An access request is completed by its
 * report ({@code report/ReportAssembly}); the others by the last answer, a rectification with the
 * notices to its recipients ({@link RecipientNotices}). A lifted restriction is confirmed per service
 * with {@code no.los.rights.restriction-lifted.v1}.
 */
@ApplicationScoped
public class RightsParts {

    /** What an answer did. */
    public enum Outcome {
        /** The service's part is answered now. */
        ANSWERED,
        /** The part was answered before: the answer was delivered again. */
        ALREADY_ANSWERED,
        /** No request here waits for it: unknown here, or not expecting this service. */
        EXPECTED_BY_NO_REQUEST,
        /** It names the request but another customer or another type of request: a breach of the contract. */
        CONTRADICTS_THE_REQUEST
    }

    @Inject
    RightsPartRepository parts;

    @Inject
    CollectedPartRepository collectedParts;

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RightsConfig config;

    @Inject
    Event<PartAnswered> answered;

    @Inject
    RequestCompletion completion;

    @Inject
    RecipientNotices recipientNotices;

    /** The request waits for an answer from every service that takes part in the rights. */
    @Transactional(TxType.MANDATORY)
    public void expectEveryService(DataSubjectRequest request) {
        config.serviceUrls().keySet().stream().sorted()
                .forEach(service -> parts.persist(RightsPart.expect(request.id(), service)));
    }

    /**
     * Marks the service's part answered. The request is locked first, so two last answers cannot both
     * miss completing a portability request. The collector is woken once the answer has committed.
     */
    @Transactional(TxType.MANDATORY)
    public Outcome receive(RightsAnswer answer) {
        Addressed addressed = address(answer, null);
        if (addressed.outcome() != null) {
            return addressed.outcome();
        }
        DataSubjectRequest request = addressed.request();
        RightsPart part = addressed.part();
        if (part.status() != RightsPart.Status.AWAITED) {
            return Outcome.ALREADY_ANSWERED;
        }
        part.answered(answer.answeredAt(), answer.categories());
        if (request.type() != RequestType.ACCESS) {
            List<RightsPart> all = parts.ofRequest(request.id());
            if (RightsProgress.everyPartIn(request.type(), all)) {
                OffsetDateTime now = OffsetDateTime.now();
                if (completion.complete(request, now) && request.type() == RequestType.RECTIFICATION) {
                    recipientNotices.record(request, all, now);
                }
            }
        }
        if (request.type() == RequestType.ACCESS) {
            answered.fire(new PartAnswered(part.id()));
        }
        return Outcome.ANSWERED;
    }

    /**
     * Records a service's confirmation that it lifted the restriction of the request it names. A
     * confirmation for a request that is not a restriction here contradicts the request.
     */
    @Transactional(TxType.MANDATORY)
    public Outcome receiveLiftConfirmation(RightsAnswer confirmation) {
        Addressed addressed = address(confirmation, RequestType.RESTRICTION);
        if (addressed.outcome() != null) {
            return addressed.outcome();
        }
        RightsPart part = addressed.part();
        if (part.liftConfirmedAt().isPresent()) {
            return Outcome.ALREADY_ANSWERED;
        }
        part.liftConfirmed(confirmation.answeredAt());
        return Outcome.ANSWERED;
    }

    /** The request and part an answer is for, locked; or, when there is none, what the answer did. */
    private record Addressed(DataSubjectRequest request, RightsPart part, Outcome outcome) {
    }

    /**
     * Finds and locks the request an answer names, and its service's part. The answer must name the
     * request's customer, and its type, or {@code onlyFor} when given.
     */
    private Addressed address(RightsAnswer answer, RequestType onlyFor) {
        DataSubjectRequest request = requests.findForUpdate(answer.requestId()).orElse(null);
        if (request == null) {
            return new Addressed(null, null, Outcome.EXPECTED_BY_NO_REQUEST);
        }
        boolean sameType = onlyFor == null ? request.type().name().equals(answer.requestType())
                : request.type() == onlyFor;
        if (!request.customerId().equals(answer.customerId()) || !sameType) {
            return new Addressed(request, null, Outcome.CONTRADICTS_THE_REQUEST);
        }
        return parts.ofService(request.id(), answer.service())
                .map(part -> new Addressed(request, part, null))
                .orElseGet(() -> new Addressed(request, null, Outcome.EXPECTED_BY_NO_REQUEST));
    }

    @Transactional(TxType.SUPPORTS)
    public List<RightsPart> ofRequest(UUID requestId) {
        return parts.ofRequest(requestId);
    }

    /** Answered parts of open access requests that are due to be fetched now. */
    @Transactional
    public List<PartToCollect> dueForCollection(Instant now, int limit) {
        return parts.dueForCollection(now, limit);
    }

    /** Stores a fetched part as the service sent it, unless another collector stored it meanwhile. */
    @Transactional
    public void collected(UUID partId, FetchedPart fetched) {
        parts.findForUpdate(partId).filter(part -> part.status() == RightsPart.Status.ANSWERED).ifPresent(part -> {
            part.collected(OffsetDateTime.now());
            collectedParts.store(partId, fetched.utf8Json(), fetched.automatedDecisions());
        });
    }

    /** Records a failed fetch by the failure's class, and when to try again. */
    @Transactional
    public void fetchFailed(UUID partId, Class<? extends Throwable> failure) {
        parts.findForUpdate(partId).filter(part -> part.status() == RightsPart.Status.ANSWERED).ifPresent(part -> part
                .fetchFailed(failure, OffsetDateTime.now().plus(FetchBackoff.after(part.failedAttempts() + 1))));
    }
}
