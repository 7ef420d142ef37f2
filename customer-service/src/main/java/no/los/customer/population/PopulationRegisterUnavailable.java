package no.los.customer.population;

import no.los.platform.problem.DependencyUnavailable;

/** The population register could not be reached or did not answer; says how, never whom it was asked about. */
public class PopulationRegisterUnavailable extends DependencyUnavailable {

    public PopulationRegisterUnavailable(String what) {
        super("The population register", what);
    }
}
