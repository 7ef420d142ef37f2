package no.los.dsar.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.erasure.ErasureReceipt;

@ApplicationScoped
public class ErasureReceiptRepository implements PanacheRepositoryBase<ErasureReceipt, UUID> {

    /**
     * The receipt a service already sent for this customer and trigger, if any. One trigger may
     * cover many customers (a retention run, a bounced address), each confirmed on its own.
     */
    public Optional<ErasureReceipt> forTrigger(String service, UUID customerId, String triggerEventId) {
        return find("service = ?1 and customerId = ?2 and triggerEventId = ?3", service, customerId, triggerEventId)
                .firstResultOptional();
    }

    public List<ErasureReceipt> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt desc, confirmedAt desc, service", customerId);
    }
}
