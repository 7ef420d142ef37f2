package no.los.platform.erasure;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.EventsConfig;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/**
 * Publishes a service's erasure confirmation through its outbox, in the transaction that deleted
 * the data: the proof commits with the deletion or not at all. Only the rights protocol calls it
 * (an architecture rule holds the services to that), so every case is confirmed exactly once.
 */
@ApplicationScoped
public class ErasureConfirmations {

    @Inject
    Outbox outbox;

    @Inject
    EventsConfig events;

    @Transactional(TxType.MANDATORY)
    public ErasureConfirmation confirm(UUID customerId, ErasureReport report) {
        ErasureConfirmation confirmation = new ErasureConfirmation(customerId, serviceName(), report.trigger(),
                report.triggerEventId(), report.requestId(), report.deletedCategories(), report.keptCategories(),
                OffsetDateTime.now());
        outbox.add(new OutgoingEvent(EventTopic.ownedBy(confirmation.service()), EventTypes.ERASURE_CONFIRMED, customerId,
                confirmation));
        return confirmation;
    }

    /** This service's name, as confirmations and answers carry it. */
    public String serviceName() {
        String source = events.source();
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
