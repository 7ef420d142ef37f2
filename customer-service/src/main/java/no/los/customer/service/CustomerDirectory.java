package no.los.customer.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeteringPointRepository;

/** Reading what is registered about a customer (R9): for agents, and for the customer on Min side. */
@ApplicationScoped
public class CustomerDirectory {

    @Inject
    CustomerRepository customers;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    NationalIdProtection protection;

    /** A customer with what belongs to it, the national ID number decrypted for masking or display. */
    public record CustomerRecord(Customer customer, NationalIdNumber nationalIdNumber, List<MeteringPoint> meteringPoints) {
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<CustomerRecord> find(UUID customerId) {
        return customers.findByIdOptional(customerId)
                .map(customer -> new CustomerRecord(customer, protection.open(customer.id(), customer.nationalId()),
                        meteringPoints.ofCustomer(customerId)));
    }
}
