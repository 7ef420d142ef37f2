package no.los.consumption.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.contract.SupplyContract;
import no.los.consumption.repository.InvoicingRetentionRepository;
import no.los.consumption.repository.SupplyContractRepository;
import no.los.platform.outbox.Outbox;

/**
 * The supply contracts consumption-service has learnt from customer-service: invoicing data, and
 * what decides whose readings we may receive for which hours.
 */
@ApplicationScoped
public class ContractRegister {

    @Inject
    SupplyContractRepository contracts;

    @Inject
    InvoicingRetentionRepository retentions;

    @Inject
    Outbox outbox;

    /**
     * Learns a started contract; a contract learnt before is left as it is. A customer whose
     * relationship had ended is a customer again, so the countdown to deleting the invoicing data stops.
     */
    @Transactional(TxType.MANDATORY)
    public void started(SupplyContract contract) {
        outbox.lockCustomer(contract.customerId());
        if (contracts.findByIdOptional(contract.id()).isEmpty()) {
            contracts.persist(contract);
        }
        retentions.deleteById(contract.customerId());
    }

    /** Marks the contract cancelled before it started. Answers whether the contract was known. */
    @Transactional(TxType.MANDATORY)
    public boolean cancelled(UUID contractId, LocalDate cancelledOn) {
        return contracts.findByIdOptional(contractId).map(contract -> {
            outbox.lockCustomer(contract.customerId());
            contract.cancel(cancelledOn);
            return true;
        }).orElse(false);
    }

    /** Sets the last day of supply. Answers whether the contract was known. */
    @Transactional(TxType.MANDATORY)
    public boolean terminated(UUID contractId, LocalDate endsOn) {
        return contracts.findByIdOptional(contractId).map(contract -> {
            outbox.lockCustomer(contract.customerId());
            contract.terminate(endsOn);
            return true;
        }).orElse(false);
    }
}
