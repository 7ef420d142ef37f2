package no.los.dsar.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.rights.RightsParts;
import no.los.dsar.service.ErasureReceipts;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.IncomingEvent;
import no.los.platform.inbox.EventHandler;
import no.los.platform.inbox.EventReader;
import no.los.platform.inbox.PoisonEventException;
import no.los.platform.rights.RightsAnswer;

/**
 * Every service's answers, from the four services' topics: {@code no.los.erasure.confirmed.v1} is
 * kept as an erasure receipt, {@code no.los.rights.answered.v1} marks the service's part of an access
 * or portability request answered. A service answers only in its own name: the answer's
 * {@code service} must be the publisher named by the CloudEvents source ({@code /los/<service>}), and
 * that publisher must own one of the topics read here. The consumer hands a handler the event, not
 * the topic it came from, so the topic's owner is checked through the source. An answer that breaks
 * the contract is poison and parked; an answer for a request nobody here knows is kept (a receipt is
 * proof all the same) or changes nothing (a rights answer).
 */
@ApplicationScoped
class ServiceAnswerHandler implements EventHandler {

    private static final String SOURCE_PREFIX = "/los/";

    @Inject
    ErasureReceipts receipts;

    @Inject
    RightsParts rightsParts;

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
        return Set.of(EventTypes.RIGHTS_ANSWERED);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.ERASURE_CONFIRMED.equals(event.type())) {
            ErasureConfirmation confirmation = EventReader.dataAs(event, ErasureConfirmation.class);
            requireFromItsPublisher(event, confirmation.service());
            receipts.receive(confirmation);
        } else {
            RightsAnswer answer = EventReader.dataAs(event, RightsAnswer.class);
            requireFromItsPublisher(event, answer.service());
            if (rightsParts.receive(answer) == RightsParts.Outcome.CONTRADICTS_THE_REQUEST) {
                throw new PoisonEventException(
                        "a rights answer must name the customer and type of the request it answers");
            }
        }
    }

    private void requireFromItsPublisher(IncomingEvent event, String service) {
        String publisher = event.source().startsWith(SOURCE_PREFIX) ? event.source().substring(SOURCE_PREFIX.length())
                : null;
        if (publisher == null || !publisher.equals(service)) {
            throw new PoisonEventException("an answer of " + event.type() + " must name its publisher, "
                    + "the service of its source " + event.source());
        }
        boolean ownsATopicRead = topic().owner().equals(publisher)
                || alsoFrom().stream().anyMatch(topic -> topic.owner().equals(publisher));
        if (!ownsATopicRead) {
            throw new PoisonEventException("an answer of " + event.type() + " must come from the owner of a "
                    + "service topic, not " + publisher);
        }
    }
}
