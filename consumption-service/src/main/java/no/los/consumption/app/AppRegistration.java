package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * App-only data. The customer's registration for the visualisation app: consumption-service's copy
 * of the VISUALISATION_APP consent, learnt from consent-service. While it exists the customer may
 * keep an app profile and alerts; when the consent is withdrawn it goes, and everything hanging on it.
 */
@Entity
@Table(name = "app_registration")
public class AppRegistration {

    public static final String PURPOSE = "VISUALISATION_APP";

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private OffsetDateTime givenAt;

    protected AppRegistration() {
    }

    public AppRegistration(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        this.customerId = customerId;
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }

    public UUID customerId() {
        return customerId;
    }

    /** The consent was given again, e.g. under a newer notice. */
    public void renew(String noticeVersion, OffsetDateTime givenAt) {
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }
}
