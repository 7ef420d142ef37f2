package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.ConsumptionErasure;
import no.los.platform.erasure.ConsentWithdrawnHandler;
import no.los.platform.erasure.ErasureReport;

/** The VISUALISATION_APP consent was withdrawn (R16): the app's data goes at once, and that is confirmed. */
@ApplicationScoped
class AppConsentWithdrawnHandler extends ConsentWithdrawnHandler {

    @Inject
    ConsumptionErasure erasure;

    @Override
    protected String purpose() {
        return AppRegistration.PURPOSE;
    }

    @Override
    protected void withdrawn(UUID customerId, OffsetDateTime withdrawnAt, ErasureReport report) {
        erasure.appConsentWithdrawn(customerId, report);
    }
}
