package no.los.consent.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consent.service.ConsentErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureRequestHandler;

/**
 * An erasure request (Art. 17) reaches the consent ledger and the objections; the withdrawals it
 * causes name the request as their evidence.
 */
@ApplicationScoped
class ConsentErasureRequestHandler extends ErasureRequestHandler {

    @Inject
    ConsentErasure erasure;

    @Override
    protected void erase(UUID customerId, ErasureReport report) {
        erasure.erasureRequested(customerId, report);
    }
}
