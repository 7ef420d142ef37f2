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
import no.los.consent.privacy.ConsentDataMap;
import no.los.consent.repository.ObjectionRepository;
import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.rights.RightsProtocol;

/**
 * Registering and deciding objections (Art. 21, R21), made directly or as a data subject request
 * through dsar-service. An objection that takes effect, at once for direct marketing or when the
 * privacy officer upholds it, is announced to the suite in the same transaction
 * ({@code objection-registered}); every service keeps it and stops what it does in its scope. An
 * objection to direct marketing also ends the customer's marketing consents in the ledger, announced
 * after the objection so marketing sees the objection first. An objection a request made is
 * answered through the rights contract when it is upheld, and a rejected one is announced
 * ({@code objection-rejected}) so that dsar-service closes the request. The grounds and the
 * decision's reason never leave this service.
 */
@ApplicationScoped
public class Objections {

    @Inject
    ObjectionRepository objections;

    @Inject
    ConsentLedger consents;

    @Inject
    Outbox outbox;

    @Inject
    RightsProtocol rights;

    public record RegisterObjection(UUID customerId, ObjectionScope scope, Channel channel, String grounds) {
        public RegisterObjection {
            Channel.requireDirect(channel);
        }
    }

    /** The privacy officer's decision, with the officer's id (the token's subject). */
    public record DecideObjection(UUID customerId, UUID objectionId, Objection.Outcome outcome, String reason,
            String officer) {
    }

    /** The outcome of a registration: the objection, and whether it is new or the one already standing. */
    public record Registration(Objection objection, boolean registeredNow) {
    }

    /** The data of {@code no.los.consent.objection-registered.v1}; {@code requestId} when a request made it. */
    public record ObjectionRegistered(UUID customerId, UUID objectionId, ObjectionScope scope, Channel channel,
            OffsetDateTime effectiveAt, UUID requestId) {
    }

    /** The data of {@code no.los.consent.objection-rejected.v1}: ids, scope, time and who decided, never the reason. */
    public record ObjectionRejected(UUID customerId, UUID objectionId, UUID requestId, ObjectionScope scope,
            OffsetDateTime decidedAt, String decidedBy) {
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
        if (objection.isUpheld()) {
            announce(objection, null);
            endMarketingConsents(objection);
        }
        return new Registration(objection, true);
    }

    /**
     * Records the objection a data subject request makes (Art. 21 through dsar-service): pending for
     * the privacy officer, or upheld at once against direct marketing. A direct-marketing objection
     * already standing answers the request as it is. The same request delivered again changes nothing.
     * Runs in the transaction that handles the request, with the customer's lock held.
     */
    @Transactional(TxType.MANDATORY)
    public Objection registerOnRequest(UUID requestId, UUID customerId, ObjectionScope scope) {
        Optional<Objection> already = objections.ofRequest(requestId);
        if (already.isPresent()) {
            return already.get();
        }
        if (scope.isAbsolute()) {
            Optional<Objection> standing = objections.standingAgainstDirectMarketing(customerId);
            if (standing.isPresent()) {
                announce(standing.get(), requestId);
                return standing.get();
            }
        }
        Objection objection = Objection.registerOnRequest(customerId, requestId, scope, OffsetDateTime.now());
        objections.persistAndFlush(objection);
        if (objection.isUpheld()) {
            announce(objection, requestId);
            endMarketingConsents(objection);
        }
        return objection;
    }

    /**
     * Decides a pending objection once; an upheld one takes effect and is announced. A rejected one a
     * request made is announced too, so the request is closed.
     */
    @Transactional
    public Objection decide(DecideObjection command) {
        outbox.lockCustomer(command.customerId());
        Objection objection = objections.ofCustomer(command.customerId(), command.objectionId())
                .orElseThrow(() -> new NotFoundProblem("Objection"));
        objection.decide(command.outcome(), command.reason(), command.officer(), OffsetDateTime.now());
        objections.flush();
        if (objection.isUpheld()) {
            announce(objection, objection.requestId().orElse(null));
        } else {
            objection.requestId().ifPresent(requestId -> outbox.add(new OutgoingEvent(EventTopic.CONSENT,
                    EventTypes.OBJECTION_REJECTED, objection.customerId(), new ObjectionRejected(objection.customerId(),
                            objection.id(), requestId, objection.scope(), objection.decidedAt(), command.officer()))));
        }
        return objection;
    }

    @Transactional(TxType.SUPPORTS)
    public List<Objection> of(UUID customerId) {
        return objections.of(customerId);
    }

    /**
     * Announces the upheld objection; for a request, also answers it with what this service changed:
     * the objections it keeps, and for direct marketing the consents it ended.
     */
    private void announce(Objection objection, UUID requestId) {
        outbox.add(new OutgoingEvent(EventTopic.CONSENT, EventTypes.OBJECTION_REGISTERED, objection.customerId(),
                new ObjectionRegistered(objection.customerId(), objection.id(), objection.scope(), objection.channel(),
                        objection.effectiveAt(), requestId)));
        if (requestId != null) {
            rights.answerObjection(requestId, objection.customerId(), objection.scope().isAbsolute()
                    ? List.of(ConsentDataMap.OBJECTIONS, ConsentDataMap.CONSENT_LEDGER)
                    : List.of(ConsentDataMap.OBJECTIONS));
        }
    }

    private void endMarketingConsents(Objection objection) {
        if (objection.scope() == ObjectionScope.DIRECT_MARKETING) {
            consents.endGiven(objection.customerId(), Purpose::isDirectMarketing,
                    "Ended by direct-marketing objection " + objection.id(), objection.effectiveAt());
        }
    }
}
