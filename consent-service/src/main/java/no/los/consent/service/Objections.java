package no.los.consent.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consent.Channel;
import no.los.consent.Objection;
import no.los.consent.ObjectionScope;
import no.los.consent.Purpose;
import no.los.consent.repository.ObjectionRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.NotFoundProblem;

/**
 * Registering and deciding objections (Art. 21, R21). An objection that takes effect, at once for
 * direct marketing or when the privacy officer upholds it, is announced to the suite in the same
 * transaction, for the services that hold processing in its scope (today marketing-service, for
 * direct marketing). An objection to direct marketing also ends the customer's marketing consents in
 * the ledger, announced after the objection so marketing sees the objection first. The grounds never
 * leave this service.
 */
@ApplicationScoped
public class Objections {

    @Inject
    ObjectionRepository objections;

    @Inject
    ConsentLedger consents;

    @Inject
    Outbox outbox;

    public record RegisterObjection(UUID customerId, ObjectionScope scope, Channel channel, String grounds) {
    }

    public record DecideObjection(UUID customerId, UUID objectionId, Objection.Outcome outcome, String reason) {
    }

    /** The outcome of a registration: the objection, and whether it is new or the one already standing. */
    public record Registration(Objection objection, boolean registeredNow) {
    }

    /** The data of {@code no.los.consent.objection-registered.v1}. */
    public record ObjectionRegistered(UUID customerId, UUID objectionId, ObjectionScope scope, Channel channel,
            OffsetDateTime effectiveAt) {
    }

    /**
     * Registers an objection. A direct-marketing objection while one already stands changes nothing
     * and announces nothing: the customer's wish is already in force.
     */
    @Transactional
    public Registration register(RegisterObjection command) {
        outbox.lockCustomer(command.customerId()); // two registrations at once see each other
        if (command.scope().isAbsolute()) {
            Optional<Objection> standing = objections.standingAgainstDirectMarketing(command.customerId());
            if (standing.isPresent()) {
                return new Registration(standing.get(), false);
            }
        }
        Objection objection = Objection.register(command.customerId(), command.scope(), command.channel(),
                command.grounds(), OffsetDateTime.now());
        objections.persistAndFlush(objection);
        announceIfUpheld(objection);
        if (objection.isUpheld() && objection.scope() == ObjectionScope.DIRECT_MARKETING) {
            consents.endGiven(objection.customerId(), Purpose::isDirectMarketing,
                    "Ended by direct-marketing objection " + objection.id(), objection.effectiveAt());
        }
        return new Registration(objection, true);
    }

    /** Decides a pending objection once; an upheld one takes effect and is announced. */
    @Transactional
    public Objection decide(DecideObjection command) {
        outbox.lockCustomer(command.customerId());
        Objection objection = objections.ofCustomer(command.customerId(), command.objectionId())
                .orElseThrow(() -> new NotFoundProblem("Objection"));
        objection.decide(command.outcome(), command.reason(), OffsetDateTime.now());
        objections.flush();
        announceIfUpheld(objection);
        return objection;
    }

    @Transactional(TxType.SUPPORTS)
    public List<Objection> of(UUID customerId) {
        return objections.of(customerId);
    }

    private void announceIfUpheld(Objection objection) {
        if (!objection.isUpheld()) {
            return;
        }
        outbox.add(new OutgoingEvent(EventTopic.CONSENT, EventTypes.OBJECTION_REGISTERED, objection.customerId(),
                new ObjectionRegistered(objection.customerId(), objection.id(), objection.scope(), objection.channel(),
                        objection.effectiveAt())));
    }
}
