package no.los.platform.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A service's copy of the one consent it processes under, learnt through {@link ConsentGivenHandler}:
 * while the copy exists the service may process for that purpose, and it is deleted the moment the
 * consent is withdrawn. The table has the columns {@code customer_id}, {@code notice_version} and
 * {@code given_at}.
 */
@MappedSuperclass
public abstract class ConsentCopy {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private OffsetDateTime givenAt;

    protected ConsentCopy() {
    }

    protected ConsentCopy(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        this.customerId = customerId;
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }

    public UUID customerId() {
        return customerId;
    }

    public OffsetDateTime givenAt() {
        return givenAt;
    }

    /** The consent was given again, e.g. under a newer notice. */
    public void renew(String noticeVersion, OffsetDateTime givenAt) {
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }
}
