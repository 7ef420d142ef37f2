package no.los.platform.rights;

import no.los.platform.problem.ConflictProblem;

/**
 * A change or a processing step for a person whose processing is restricted (Art. 18). Becomes a
 * 409 problem; the message names the service, never the person.
 */
public class ProcessingRestricted extends ConflictProblem {

    public ProcessingRestricted(String serviceName, String what) {
        super(what + " is stopped: processing of this customer's data is restricted in " + serviceName
                + " (Art. 18) until the privacy officer lifts the restriction");
    }
}
