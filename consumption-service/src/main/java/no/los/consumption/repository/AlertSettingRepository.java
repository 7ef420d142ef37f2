package no.los.consumption.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.app.AlertSetting;

@ApplicationScoped
public class AlertSettingRepository implements PanacheRepositoryBase<AlertSetting, AlertSetting.Key> {

    public List<AlertSetting> ofCustomer(UUID customerId) {
        return list("key.customerId = ?1 order by key.kind", customerId);
    }

    public long deleteOfCustomer(UUID customerId) {
        return delete("key.customerId", customerId);
    }
}
