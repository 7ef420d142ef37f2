package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.consumption.service.VisualisationApp;
import no.los.platform.consent.ConsentGivenHandler;

/** The VISUALISATION_APP consent was given: the customer may now keep an app profile and alerts. */
@ApplicationScoped
class AppConsentGivenHandler extends ConsentGivenHandler {

    @Inject
    VisualisationApp app;

    @Override
    protected String purpose() {
        return AppRegistration.PURPOSE;
    }

    @Override
    protected void given(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        app.register(customerId, noticeVersion, givenAt);
    }
}
