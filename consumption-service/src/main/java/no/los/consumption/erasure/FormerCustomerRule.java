package no.los.consumption.erasure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ConsumptionErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.RelationshipEndedHandler;

/**
 * The customer's last contract has ended (R10, R12): app data goes at once; invoicing data stays for
 * the Bookkeeping Act's period, which starts counting now.
 */
@ApplicationScoped
class FormerCustomerRule extends RelationshipEndedHandler {

    @Inject
    ConsumptionErasure erasure;

    @Override
    protected void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        erasure.relationshipEnded(customerId, endedOn, report);
    }
}
