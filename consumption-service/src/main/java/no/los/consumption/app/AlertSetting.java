package no.los.consumption.app;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * App-only data. One alert a customer set in the app, at most one per kind. Exists only beside an
 * {@link AppRegistration} and is deleted with it.
 */
@Entity
@Table(name = "alert_setting")
public class AlertSetting {

    /** An alert setting is identified by its customer and its kind. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_id")
        private UUID customerId;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind")
        private AlertKind kind;

        protected Key() {
        }

        Key(UUID customerId, AlertKind kind) {
            this.customerId = customerId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && customerId.equals(that.customerId) && kind == that.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, kind);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "threshold", nullable = false, precision = 9, scale = 3)
    private BigDecimal threshold;

    protected AlertSetting() {
    }

    public AlertSetting(UUID customerId, Alert alert) {
        this.key = new Key(customerId, alert.kind());
        this.threshold = alert.threshold();
    }

    public Alert alert() {
        return new Alert(key.kind, threshold);
    }
}
