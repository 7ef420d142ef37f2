package no.los.platform.customers;

import no.los.platform.problem.NotFoundProblem;

/**
 * A call named a customer id this service does not know: customer-service has not registered it,
 * its registration has not arrived yet, or the customer was erased. Becomes a 404 problem; the
 * message names the service, never the id.
 */
public class UnknownCustomerProblem extends NotFoundProblem {

    public UnknownCustomerProblem(String serviceName) {
        super("Customer (unknown to " + serviceName + ": customer-service has not registered this id, or it was erased)");
    }
}
