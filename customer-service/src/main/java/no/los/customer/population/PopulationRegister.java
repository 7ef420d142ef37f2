package no.los.customer.population;

import java.util.Optional;

import no.los.customer.identity.NationalIdNumber;

/** The population register (Folkeregisteret), as customer-service asks it about one person at a time. */
public interface PopulationRegister {

    /**
     * The person registered under the number, or empty when the register has none.
     *
     * @throws PopulationRegisterUnavailable when the register cannot be reached or does not answer
     */
    Optional<RegisteredPerson> person(NationalIdNumber number);
}
