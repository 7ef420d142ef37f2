package no.los.dsar.events;

import jakarta.inject.Inject;

import no.los.dsar.service.ErasureReceipts;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;

/**
 * Receives {@code no.los.erasure.confirmed.v1} from one service's topic: one subclass per
 * confirming service, since the consumer routes by topic and type. A confirmation that breaks the
 * contract (unreadable, a request id on a trigger that is no request, another service's name on
 * this topic) is poison; a confirmation for a request nobody knows is kept as a receipt all the same.
 */
abstract class ErasureConfirmationHandler implements EventHandler {

    @Inject
    ErasureReceipts receipts;

    private final EventTopic topic;
    private final String service;

    ErasureConfirmationHandler(EventTopic topic, String service) {
        this.topic = topic;
        this.service = service;
    }

    @Override
    public EventTopic topic() {
        return topic;
    }

    @Override
    public String eventType() {
        return EventTypes.ERASURE_CONFIRMED;
    }

    @Override
    public void handle(IncomingEvent event) {
        ErasureConfirmation confirmation = EventReader.dataAs(event, ErasureConfirmation.class);
        if (!service.equals(confirmation.service())) {
            throw new PoisonEventException("an erasure confirmation on " + topic.topicName() + " must come from "
                    + service);
        }
        receipts.receive(confirmation);
    }
}
