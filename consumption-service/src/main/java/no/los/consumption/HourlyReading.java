package no.los.consumption;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The energy a metering point used in one hour, in kWh with three decimals. Observed data about the
 * customer: part of access and portability (G7), kept for invoicing while the relationship lasts.
 */
@Entity
@Table(name = "hourly_reading")
public class HourlyReading {

    /** A reading is identified by its metering point and the hour it starts. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "metering_point_id")
        private String meteringPointId;

        @Column(name = "starts_at")
        private OffsetDateTime startsAt;

        protected Key() {
        }

        public Key(String meteringPointId, OffsetDateTime startsAt) {
            this.meteringPointId = meteringPointId;
            this.startsAt = startsAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && meteringPointId.equals(that.meteringPointId)
                    && startsAt.toInstant().equals(that.startsAt.toInstant());
        }

        @Override
        public int hashCode() {
            return Objects.hash(meteringPointId, startsAt.toInstant());
        }
    }

    @EmbeddedId
    private Key key;

    /** The customer whose supply contract covered the hour: the reading stays theirs when the point changes hands. */
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "kwh", nullable = false, precision = 12, scale = 3)
    private BigDecimal kwh;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected HourlyReading() {
    }

    public String meteringPointId() {
        return key.meteringPointId;
    }

    public OffsetDateTime startsAt() {
        return key.startsAt;
    }

    public UUID customerId() {
        return customerId;
    }

    public BigDecimal kwh() {
        return kwh;
    }
}
