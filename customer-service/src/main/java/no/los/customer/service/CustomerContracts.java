package no.los.customer.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.contract.Contract;
import no.los.customer.contract.ContractStatus;
import no.los.customer.repository.ContractRepository;
import no.los.customer.repository.CustomerRepository;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.time.OsloCalendar;

/** Reading a customer's contracts, for agents and for the customer on Min side. */
@ApplicationScoped
public class CustomerContracts {

    @Inject
    CustomerRepository customers;

    @Inject
    ContractRepository contracts;


    /** A contract and where it stands today. */
    public record ContractRecord(Contract contract, ContractStatus status) {
    }

    @Transactional(TxType.SUPPORTS)
    public List<ContractRecord> of(UUID customerId) {
        if (customers.findByIdOptional(customerId).isEmpty()) {
            throw new NotFoundProblem("Customer");
        }
        return contracts.ofCustomer(customerId).stream().map(this::record).toList();
    }

    ContractRecord record(Contract contract) {
        return new ContractRecord(contract, contract.statusOn(OsloCalendar.today()));
    }
}
