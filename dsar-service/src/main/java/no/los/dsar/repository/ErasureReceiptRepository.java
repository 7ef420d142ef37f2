package no.los.dsar.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.erasure.ErasureReceipt;

@ApplicationScoped
public class ErasureReceiptRepository implements PanacheRepositoryBase<ErasureReceipt, UUID> {

    /** The receipt a service already sent for this trigger, if any. */
    public Optional<ErasureReceipt> forTrigger(String service, String triggerEventId) {
        return find("service = ?1 and triggerEventId = ?2", service, triggerEventId).firstResultOptional();
    }

    public List<ErasureReceipt> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt desc, confirmedAt desc, service", customerId);
    }
}
