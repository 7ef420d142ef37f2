package no.los.dsar.transfer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.repository.TransferRepository;

/** The record of every direct transfer, delivered or failed. */
@ApplicationScoped
public class TransferLedger {

    @Inject
    TransferRepository transfers;

    @Transactional
    Transfer record(Transfer transfer) {
        transfers.persist(transfer);
        return transfer;
    }

    /** The transfers of a request, the first first. */
    @Transactional(TxType.SUPPORTS)
    public List<Transfer> ofRequest(UUID requestId) {
        return transfers.ofRequest(requestId);
    }
}
