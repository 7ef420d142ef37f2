package no.los.marketing.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.BounceReport;

@ApplicationScoped
public class BounceReportRepository implements PanacheRepositoryBase<BounceReport, UUID> {

    /**
     * The bounce reports that deleted this customer's address. A report holds neither the address nor
     * a customer id; the one link is the erasure confirmation each deletion was answered with, which
     * names the report's id and is kept in the outbox for {@code los.events.relay.keep-published}.
     */
    @SuppressWarnings("unchecked")
    public List<BounceReport> concerning(UUID customerId) {
        return getEntityManager().createNativeQuery("""
                select b.* from bounce_report b
                where cast(b.id as text) in (
                    select o.payload ->> 'triggerEventId' from outbox_event o
                    where o.record_key = ?1 and o.type = 'no.los.erasure.confirmed.v1'
                      and o.payload ->> 'trigger' = 'ADDRESS_BOUNCED')
                order by b.bounced_at, b.id""", BounceReport.class)
                .setParameter(1, customerId.toString())
                .getResultList();
    }
}
