package no.los.platform.rights;

import jakarta.inject.Inject;

import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.inbox.EventHandler;

/**
 * Reads one erasure trigger from another service's topic for every service whose rules act on it.
 * Subclasses only read the event into an {@link no.los.platform.erasure.ErasureCase}.
 */
abstract class ErasureTriggerHandler implements EventHandler {

    @Inject
    RightsProtocol protocol;

    /** The trigger this handler reads. */
    abstract ErasureTrigger trigger();

    @Override
    public boolean active() {
        return protocol.participant().map(rights -> rights.erasure().actsOn(trigger())).orElse(false);
    }
}
