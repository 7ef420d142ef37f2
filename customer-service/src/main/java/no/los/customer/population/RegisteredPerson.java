package no.los.customer.population;

import no.los.customer.PostalAddress;

/**
 * A person as the population register holds them: the current name, residential address (absent
 * for strictly confidential addresses, which the register never gives), status and address
 * protection. Compared with the customer record, never copied into it.
 */
public record RegisteredPerson(String fullName, PostalAddress address, RegisterStatus status,
        AddressProtection protection) {
}
