package no.los.customer.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.Customer;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public boolean existsWithNationalId(byte[] lookupHash) {
        return count("nationalIdLookup", lookupHash) > 0;
    }
}
