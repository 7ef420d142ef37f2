package no.los.dsar.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.erasure.ErasureFulfilment;
import no.los.dsar.erasure.ErasureProgress;
import no.los.dsar.erasure.ErasureReceipt;
import no.los.dsar.letters.RequestCompletion;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.ErasureFulfilmentRepository;
import no.los.dsar.repository.ErasureReceiptRepository;
import no.los.platform.erasure.ErasureConfirmation;

/**
 * The suite's record of erasures: every service's confirmation is kept as a receipt, whatever
 * triggered it. A receipt that answers an erasure request fulfils that service's part of it, and
 * the last part to arrive completes the request.
 */
@ApplicationScoped
public class ErasureReceipts {

    @Inject
    ErasureReceiptRepository receipts;

    @Inject
    ErasureFulfilmentRepository fulfilments;

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RequestCompletion completion;

    /**
     * Keeps the confirmation; a confirmation sent again for the same customer and trigger changes
     * nothing. Another customer's confirmation of the same trigger is a receipt of its own.
     */
    @Transactional(TxType.MANDATORY)
    public void receive(ErasureConfirmation confirmation) {
        if (receipts.forTrigger(confirmation.service(), confirmation.customerId(), confirmation.triggerEventId())
                .isPresent()) {
            return;
        }
        ErasureReceipt receipt = ErasureReceipt.of(confirmation, OffsetDateTime.now());
        receipts.persist(receipt);
        if (receipt.requestId() != null) {
            fulfil(receipt);
        }
    }

    @Transactional(TxType.SUPPORTS)
    public List<ErasureReceipt> ofCustomer(UUID customerId) {
        return receipts.ofCustomer(customerId);
    }

    /**
     * A receipt for a request this service never received, or another customer's, is kept as proof
     * all the same, but fulfils nothing.
     */
    private void fulfil(ErasureReceipt receipt) {
        DataSubjectRequest request = requests.findForUpdate(receipt.requestId())
                .filter(found -> found.customerId().equals(receipt.customerId()))
                .orElse(null);
        if (request == null) {
            return;
        }
        List<ErasureFulfilment> parts = fulfilments.ofRequest(request.id());
        parts.stream().filter(part -> part.service().equals(receipt.service())).findFirst()
                .ifPresent(part -> part.confirmWith(receipt));
        if (ErasureProgress.allConfirmed(parts)) {
            completion.complete(request, receipt.receivedAt());
        }
    }
}
