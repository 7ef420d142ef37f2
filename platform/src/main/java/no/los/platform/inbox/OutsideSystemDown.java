package no.los.platform.inbox;

/**
 * An outside system an event handler needs (the identity provider, a provider's API) could not be
 * reached or answered with a server error. Like a database outage it passes by itself: the event is
 * tried again from the committed offsets, however long it lasts, and never parked. A refusal that
 * will not pass (bad credentials, a request the system rejects) is an ordinary exception instead.
 * The message names the system and what failed, never personal data.
 */
public class OutsideSystemDown extends RuntimeException {

    public OutsideSystemDown(String message) {
        super(message);
    }
}
