package no.los.dsar.portability;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.security.ForbiddenException;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.NotFoundProblem;

/**
 * The requests whose data may leave: a portability request that is completed, that is, every
 * service has answered it, so nothing is exported while a service still has its part to do.
 */
@ApplicationScoped
public class PortableRequests {

    @Inject
    DataSubjectRequestRepository requests;

    /**
     * The request, if the requester reaches it and it is ready to be exported.
     *
     * @throws NotFoundProblem  when there is no such request, or it is another customer's
     * @throws ForbiddenException when an agent asks for a request another member of staff registered
     * @throws ConflictProblem  when it is not a portability request, or not completed yet
     */
    @Transactional(TxType.SUPPORTS)
    public DataSubjectRequest readyFor(UUID requestId, Requester requester) {
        DataSubjectRequest request = reachableBy(requestId, requester);
        if (request.type() != RequestType.PORTABILITY) {
            throw new ConflictProblem("Only a portability request has an export; this is an " + request.type()
                    + " request");
        }
        if (request.status() == DataSubjectRequest.Status.REFUSED) {
            throw new ConflictProblem("The request was refused: it has no export");
        }
        if (!request.isCompleted()) {
            throw new ConflictProblem("The request is not completed yet: not every service has answered it");
        }
        return request;
    }

    /**
     * The request, if the requester reaches it, whatever its type and state.
     *
     * @throws NotFoundProblem  when there is no such request, or it is another customer's
     * @throws ForbiddenException when an agent asks for a request another member of staff registered
     */
    @Transactional(TxType.SUPPORTS)
    public DataSubjectRequest reachableBy(UUID requestId, Requester requester) {
        DataSubjectRequest request = requests.findByIdOptional(requestId)
                .orElseThrow(() -> new NotFoundProblem("Request"));
        if (requester.reaches(request)) {
            return request;
        }
        if (requester.role() == Requester.Role.DATA_SUBJECT) {
            throw new NotFoundProblem("Request"); // another customer's request does not exist for this one
        }
        throw new ForbiddenException();
    }
}
