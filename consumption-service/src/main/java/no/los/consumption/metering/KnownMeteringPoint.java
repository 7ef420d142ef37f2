package no.los.consumption.metering;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A metering point consumption-service has learnt of from customer-service: readings are accepted
 * only for these, and they tie a reading to the customer it belongs to.
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

    protected KnownMeteringPoint() {
    }

    public KnownMeteringPoint(String id, UUID customerId, String priceArea, OffsetDateTime learntAt) {
        this.id = id;
        this.customerId = customerId;
        this.priceArea = priceArea;
        this.learntAt = learntAt;
    }

    public String id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }
}
