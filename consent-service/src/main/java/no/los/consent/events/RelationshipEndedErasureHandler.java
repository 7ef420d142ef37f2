package no.los.consent.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consent.service.ConsentErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.RelationshipEndedHandler;

/** A former customer's consents no longer matter, but their ledger stays as evidence (R10, G1). */
@ApplicationScoped
class RelationshipEndedErasureHandler extends RelationshipEndedHandler {

    @Inject
    ConsentErasure erasure;

    @Override
    protected void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        erasure.relationshipEnded(customerId, endedOn, report);
    }
}
