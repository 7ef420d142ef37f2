package no.los.consumption.erasure;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ConsumptionErasure;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureRequestHandler;

/** A data subject asked for erasure (R18, Art. 17): app data goes, invoicing data stays as long as a duty keeps it. */
@ApplicationScoped
class ErasureRequestedHandler extends ErasureRequestHandler {

    @Inject
    ConsumptionErasure erasure;

    @Override
    protected void erase(UUID customerId, ErasureReport report) {
        erasure.erasureRequested(customerId, report);
    }
}
