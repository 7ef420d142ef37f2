package no.los.dsar.report;

/**
 * An agent may hand a person their report only for a request that agent registered on the person's
 * behalf: the report holds everything LOS knows about the person, and customer service has no other
 * reason to read it. The privacy officer may download any report.
 */
public class NotTheRegisteringAgent extends RuntimeException {

    NotTheRegisteringAgent() {
        super("Only the agent who registered the request on the person's behalf, or the privacy officer, "
                + "may download its report");
    }
}
