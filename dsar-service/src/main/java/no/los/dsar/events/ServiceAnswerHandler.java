package no.los.dsar.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.rights.RightsParts;
import no.los.dsar.service.ErasureReceipts;
import no.los.platform.customers.KnownCustomers;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;
import no.los.platform.rights.RightsAnswer;

/**
 * Every service's answers, from the four services' topics: {@code no.los.erasure.confirmed.v1} is
 * kept as an erasure receipt, {@code no.los.rights.answered.v1} marks the service's part of a
 * request answered, {@code no.los.rights.restriction-lifted.v1} its lifting of a restriction. A service answers only in its own name, on its own topic: the
 * answer's {@code service} must be the owner of the topic it came on (whose source the consumer has
 * already checked), never taken from the payload alone. An answer that breaks
 * the contract is poison and parked; an answer for a request nobody here knows is kept (a receipt is
 * proof all the same) or changes nothing (a rights answer). When customer-service confirms that it
 * erased a customer on request, dsar-service forgets them as a customer too: later staff requests
 * naming the id are refused, while the requests and receipts stay as the record.
 */
@ApplicationScoped
class ServiceAnswerHandler implements EventHandler {

    @Inject
    ErasureReceipts receipts;

    @Inject
    RightsParts rightsParts;

    @Inject
    KnownCustomers knownCustomers;

    @Override
    public EventTopic topic() {
        return EventTopic.CUSTOMER;
    }

    @Override
    public Set<EventTopic> alsoFrom() {
        return Set.of(EventTopic.CONSENT, EventTopic.CONSUMPTION, EventTopic.MARKETING);
    }

    @Override
    public String eventType() {
        return EventTypes.ERASURE_CONFIRMED;
    }

    @Override
    public Set<String> alsoTypes() {
        return Set.of(EventTypes.RIGHTS_ANSWERED, EventTypes.RESTRICTION_LIFT_CONFIRMED);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.ERASURE_CONFIRMED.equals(event.type())) {
            ErasureConfirmation confirmation = EventReader.dataAs(event, ErasureConfirmation.class);
            requireFromItsPublisher(event, confirmation.service());
            receipts.receive(confirmation);
            if (confirmation.trigger() == ErasureTrigger.ERASURE_REQUESTED
                    && EventTopic.CUSTOMER.owner().equals(confirmation.service())) {
                knownCustomers.forget(confirmation.customerId());
            }
        } else {
            RightsAnswer answer = EventReader.dataAs(event, RightsAnswer.class);
            requireFromItsPublisher(event, answer.service());
            RightsParts.Outcome outcome = EventTypes.RIGHTS_ANSWERED.equals(event.type()) ? rightsParts.receive(answer)
                    : rightsParts.receiveLiftConfirmation(answer);
            if (outcome == RightsParts.Outcome.CONTRADICTS_THE_REQUEST) {
                throw new PoisonEventException(
                        "a rights answer must name the customer and type of the request it answers");
            }
        }
    }

    /**
     * The answering service is the owner of the topic the answer came on (the consumer has checked
     * that its source is that owner); the answer's {@code service} must name it.
     */
    private static void requireFromItsPublisher(IncomingEvent event, String service) {
        String publisher = EventTopic.named(event.topic()).map(EventTopic::owner).orElse(null);
        if (publisher == null || !publisher.equals(service)) {
            throw new PoisonEventException("an answer of " + event.type() + " must name the owner of the topic it "
                    + "came on, " + publisher);
        }
    }
}
