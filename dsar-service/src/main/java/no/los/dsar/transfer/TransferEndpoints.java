package no.los.dsar.transfer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.repository.TransferEndpointRepository;
import no.los.dsar.repository.TransferRepository;
import no.los.dsar.transfer.TransferEndpoint.Description;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;

/**
 * The privacy officer's allow-list of receiving controllers. Nothing is ever sent to a URL that is
 * not on it, or to one the privacy officer has deactivated.
 */
@ApplicationScoped
public class TransferEndpoints {

    @Inject
    TransferEndpointRepository endpoints;

    @Inject
    TransferRepository transfers;

    @Transactional
    public TransferEndpoint add(Description description) {
        TransferEndpoint endpoint = TransferEndpoint.add(description, OffsetDateTime.now());
        endpoints.persist(endpoint);
        return endpoint;
    }

    @Transactional
    public TransferEndpoint change(UUID id, Description description) {
        TransferEndpoint endpoint = endpoints.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("Transfer endpoint"));
        endpoint.describe(description, OffsetDateTime.now());
        return endpoint;
    }

    /** Removes a receiver no transfer has gone to; one that has been used can only be deactivated. */
    @Transactional
    public void remove(UUID id) {
        TransferEndpoint endpoint = endpoints.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("Transfer endpoint"));
        if (transfers.anyTo(id)) {
            throw new ConflictProblem("Transfers have gone to this endpoint and are on record; deactivate it instead");
        }
        endpoints.delete(endpoint);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<TransferEndpoint> find(UUID id) {
        return endpoints.findByIdOptional(id);
    }

    /** Every receiver, active or not, by name. */
    @Transactional(TxType.SUPPORTS)
    public List<TransferEndpoint> all() {
        return endpoints.byName();
    }

    /** The receivers a person may choose from now, by name. */
    @Transactional(TxType.SUPPORTS)
    public List<TransferEndpoint> active() {
        return endpoints.activeByName();
    }

    /**
     * The receiver a transfer names, if it is on the allow-list and active.
     *
     * @throws InvalidInputException naming {@code endpointId} otherwise
     */
    @Transactional(TxType.SUPPORTS)
    public TransferEndpoint allowed(UUID id) {
        TransferEndpoint endpoint = endpoints.findByIdOptional(id)
                .orElseThrow(() -> new InvalidInputException("endpointId", "is not on the allow-list of receivers"));
        if (!endpoint.isActive()) {
            throw new InvalidInputException("endpointId", "names a receiver that is not active");
        }
        return endpoint;
    }
}
