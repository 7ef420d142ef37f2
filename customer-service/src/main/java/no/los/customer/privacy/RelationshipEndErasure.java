package no.los.customer.privacy;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.rights.RightsProtocol;

/**
 * customer-service ends customer relationships itself, so it does not wait for its own
 * {@code relationship-ended} event to come back from the broker (the platform's trigger for that
 * event stays inactive here): the ending hands the case to the rights protocol in its own
 * transaction, and the confirmation commits with the event that announces the end.
 */
@ApplicationScoped
public class RelationshipEndErasure {

    @Inject
    RightsProtocol protocol;

    /**
     * Applies {@link CustomerErasure}'s rule for a relationship that ended on {@code endedOn}; the
     * confirmation names the {@code relationship-ended} event as its trigger, as every other service's does.
     */
    @Transactional(TxType.MANDATORY)
    public void relationshipEnded(UUID customerId, LocalDate endedOn, UUID relationshipEndedEventId) {
        protocol.erase(new ErasureCase.RelationshipEnded(customerId, endedOn),
                ErasureReport.on(ErasureTrigger.RELATIONSHIP_ENDED, relationshipEndedEventId.toString()));
    }
}
