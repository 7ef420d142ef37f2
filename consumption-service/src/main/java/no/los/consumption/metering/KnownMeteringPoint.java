package no.los.consumption.metering;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A metering point consumption-service has learnt of from customer-service: readings are accepted
 * only for these. It names its current tenant and since when; a later tenancy announced by
 * customer-service takes it over ({@link #takenOverBy}), an earlier one changes nothing.
 */
@Entity
@Table(name = "known_metering_point")
public class KnownMeteringPoint {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "price_area", nullable = false)
    private String priceArea;

    @Column(name = "learnt_at", nullable = false)
    private OffsetDateTime learntAt;

    @Column(name = "tenant_since", nullable = false)
    private OffsetDateTime tenantSince;

    protected KnownMeteringPoint() {
    }

    public KnownMeteringPoint(String id, UUID customerId, String priceArea, OffsetDateTime tenantSince,
            OffsetDateTime learntAt) {
        this.id = id;
        this.customerId = customerId;
        this.priceArea = priceArea;
        this.tenantSince = tenantSince;
        this.learntAt = learntAt;
    }

    /**
     * Another customer's tenancy of this point, announced by customer-service: it takes the point over
     * if it began after the current one. Returns whether it did.
     */
    public boolean takenOverBy(UUID nextCustomerId, OffsetDateTime since, OffsetDateTime learntAt) {
        if (nextCustomerId.equals(customerId) || !since.isAfter(tenantSince)) {
            return false;
        }
        this.customerId = nextCustomerId;
        this.tenantSince = since;
        this.learntAt = learntAt;
        return true;
    }

    public String id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }
}
