package no.los.platform.inbox;

/**
 * An event that did not come from where it says, or names two different people: written to a
 * topic by a service that does not own it, or with a record key, {@code ce_subject} and payload
 * {@code customerId} that disagree. It is parked as poison, counted in {@code los.events.forged},
 * and never handled. The message names the rule broken, never a value of the event.
 */
public class ForgedEventException extends PoisonEventException {

    public ForgedEventException(String rule) {
        super("forged: " + rule);
    }
}
