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
import no.los.dsar.RequestStep;
import no.los.dsar.RequestType;
import no.los.dsar.StatutoryDeadline;
import no.los.dsar.TrackedRequest;
import no.los.dsar.letters.RefusalGround;
import no.los.dsar.letters.RequestCompletion;
import no.los.dsar.letters.RequestLetter;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RequestLetterRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;

/**
 * The answers to a request other than its fulfilment by the services: the privacy officer's
 * preliminary answer that extends the deadline (Art. 12(3)) and refusal (Art. 12(5), 11(2)); the
 * refusal of an objection consent-service reports rejected (Art. 21(1)); and the person's withdrawal. Each answer is a letter to the
 * person, and each is a step of the request, written in the same transaction as the change.
 */
@ApplicationScoped
public class RequestAnswers {

    /** The preliminary answer: why more time is needed, and the day the answer is likely. */
    public record Extension(String reasons, LocalDate likelyAnsweredOn) {
    }

    /** The refusal: its ground, and the reasons the person is given. */
    public record Refusal(RefusalGround ground, String reasons) {
    }

    /** A letter, with the request it is about. */
    public record Letter(DataSubjectRequest request, RequestLetter letter) {
    }

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RequestLetterRepository letters;

    @Inject
    RequestFollowUp followUp;

    @Inject
    RequestStepRepository steps;

    @Inject
    RequestCompletion completion;

    /**
     * Sends the preliminary answer and extends the deadline to its likely date: once, on or before the
     * first due date, by at most two further months.
     */
    @Transactional
    public TrackedRequest extend(UUID requestId, Extension extension, String officer) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        RequestLetter letter = RequestLetter.preliminaryAnswer(requestId, extension.reasons(),
                extension.likelyAnsweredOn(), officer, now);
        request.extend(extension.likelyAnsweredOn(), StatutoryDeadline.today(now.toInstant()));
        letters.persist(letter);
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.EXTENDED, now, officer));
        return followUp.track(request);
    }

    /**
     * Refuses the request with a letter that states the ground and the reasons, and names the right to
     * complain and to go to court. An erasure request cannot be refused: the services carry it out as
     * it is received.
     */
    @Transactional
    public TrackedRequest refuse(UUID requestId, Refusal refusal, String officer) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        if (request.type() == RequestType.ERASURE) {
            throw new ConflictProblem("An erasure request is carried out by every service as it is received; "
                    + "it cannot be refused afterwards");
        }
        if (refusal.ground() != null && !refusal.ground().givenByHand()) {
            throw new InvalidInputException("ground", refusal.ground() + " is given by the privacy officer's "
                    + "decision of the objection in consent-service, not here");
        }
        RequestLetter letter = RequestLetter.refusal(requestId, refusal.ground(), refusal.reasons(), officer, now);
        request.refuse(now);
        letters.persist(letter);
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.REFUSED, now, officer));
        return followUp.track(request);
    }

    /**
     * consent-service reports that the privacy officer rejected the objection the request made: the
     * request is refused with a letter that gives the ground (Art. 21(1)) and where the decision's
     * reasons are, and names the right to complain and to go to court. The step names the officer.
     * A request that is no longer open, or another customer's, is left as it is.
     */
    @Transactional(TxType.MANDATORY)
    public void objectionRejected(UUID requestId, UUID customerId, OffsetDateTime decidedAt, String officer) {
        Optional<DataSubjectRequest> found = requests.findForUpdate(requestId)
                .filter(request -> request.customerId().equals(customerId) && request.isOpen()
                        && request.type() == RequestType.OBJECTION);
        if (found.isEmpty()) {
            return;
        }
        String writtenBy = officer == null ? RequestLetter.WRITTEN_BY_THE_SERVICE : officer;
        letters.persist(RequestLetter.refusal(requestId, RefusalGround.OBJECTION_OVERRIDDEN, OBJECTION_REJECTED,
                writtenBy, decidedAt));
        found.get().refuse(decidedAt);
        steps.persist(officer == null ? RequestStep.byTheService(requestId, RequestStep.Kind.REFUSED, decidedAt)
                : RequestStep.byStaff(requestId, RequestStep.Kind.REFUSED, decidedAt, officer));
    }

    /** The reasons a rejected objection's letter gives; the decision's own reasons stay in consent-service. */
    static final String OBJECTION_REJECTED = "Personvernombudet har vurdert protesten din mot den særlige situasjonen du "
            + "beskrev, og har ikke tatt den til følge. Begrunnelsen for avgjørelsen står ved protesten under "
            + "«Protester» på Min side.";

    /** The person withdraws their own open request; another's is not found. */
    @Transactional
    public TrackedRequest withdraw(UUID requestId, UUID customerId) {
        DataSubjectRequest request = requests.findForUpdate(requestId)
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundProblem("Request"));
        OffsetDateTime now = OffsetDateTime.now();
        request.withdraw(now);
        steps.persist(RequestStep.byTheDataSubject(requestId, RequestStep.Kind.WITHDRAWN, now));
        return followUp.track(request);
    }

    /** The steps of a request, the first first. */
    @Transactional(TxType.SUPPORTS)
    public List<RequestStep> stepsOf(UUID requestId) {
        return steps.ofRequest(requestId);
    }

    /** The letters about a request, the first first. */
    @Transactional(TxType.SUPPORTS)
    public List<RequestLetter> lettersOf(UUID requestId) {
        return letters.ofRequest(requestId);
    }

    /** One letter, with its request; empty unless the letter is about that request. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Letter> letter(UUID requestId, UUID letterId) {
        return requests.findByIdOptional(requestId)
                .flatMap(request -> letters.ofRequest(requestId, letterId).map(found -> new Letter(request, found)));
    }
}
