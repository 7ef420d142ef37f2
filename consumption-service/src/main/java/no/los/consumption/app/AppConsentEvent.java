package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What consumption-service reads from consent-service's events (a tolerant reader: other fields are ignored). */
record AppConsentEvent(UUID customerId, String purpose, String noticeVersion, OffsetDateTime givenAt) {

    boolean concernsTheApp() {
        return AppRegistration.PURPOSE.equals(purpose);
    }
}
