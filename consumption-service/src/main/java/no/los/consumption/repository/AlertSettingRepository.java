package no.los.consumption.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.app.AlertKind;
import no.los.consumption.app.AlertSetting;

@ApplicationScoped
public class AlertSettingRepository implements PanacheRepositoryBase<AlertSetting, AlertSetting.Key> {

    /** An alert as the person's copy shows it, read as a projection. */
    public record AlertThreshold(AlertKind kind, BigDecimal threshold) {
    }

    public List<AlertSetting> ofCustomer(UUID customerId) {
        return list("key.customerId = ?1 order by key.kind", customerId);
    }

    /** The customer's alerts, by kind, in one query. */
    public List<AlertThreshold> thresholdsOfCustomer(UUID customerId) {
        return getEntityManager().createQuery("""
                select a.key.kind, a.threshold from AlertSetting a
                where a.key.customerId = ?1 order by a.key.kind""", AlertThreshold.class)
                .setParameter(1, customerId)
                .getResultList();
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("key.customerId", customerId);
    }
}
