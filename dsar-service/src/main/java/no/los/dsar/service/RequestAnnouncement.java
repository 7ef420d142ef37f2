package no.los.dsar.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.service.RequestIntake.RequestReceived;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/**
 * Announces a request to the suite (`no.los.dsar.request-received.v1`), in the transaction of the
 * step that made it ready: at receipt for a request made on Min side, or once staff have recorded
 * the person's identity and, for an erasure or restriction staff registered, a second privacy
 * officer has approved it. Nothing reaches another service before then.
 */
@ApplicationScoped
public class RequestAnnouncement {

    @Inject
    Outbox outbox;

    /** Announces the request if it is ready and not yet announced; whether it did. */
    @Transactional(TxType.MANDATORY)
    public boolean announceIfReady(DataSubjectRequest request, OffsetDateTime at) {
        if (!request.isReadyToAnnounce()) {
            return false;
        }
        request.announced(at);
        outbox.add(new OutgoingEvent(EventTopic.DSAR, EventTypes.DATA_SUBJECT_REQUEST_RECEIVED, request.customerId(),
                new RequestReceived(request.id(), request.customerId(), request.type(), request.receivedAt(),
                        request.dueOn(), request.objectionScope().orElse(null))));
        return true;
    }
}
