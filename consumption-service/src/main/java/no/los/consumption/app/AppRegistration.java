package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import no.los.platform.consent.ConsentCopy;

/**
 * App-only data. The customer's registration for the visualisation app: consumption-service's copy
 * of the VISUALISATION_APP consent, learnt from consent-service. While it exists the customer may
 * keep an app profile and alerts; when the consent is withdrawn it goes, and everything hanging on it.
 */
@Entity
@Table(name = "app_registration")
public class AppRegistration extends ConsentCopy {

    public static final String PURPOSE = "VISUALISATION_APP";

    protected AppRegistration() {
    }

    public AppRegistration(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        super(customerId, noticeVersion, givenAt);
    }
}
