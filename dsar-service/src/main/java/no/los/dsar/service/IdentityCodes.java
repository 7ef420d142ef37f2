package no.los.dsar.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.IdentityCode;
import no.los.dsar.RequestStep;
import no.los.dsar.TrackedRequest;
import no.los.dsar.collect.IdentityCodeDelivery;
import no.los.dsar.config.IdentityCodeConfig;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.IdentityCodeRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;

/**
 * Establishing who made a request staff registered with a one-time code (Art. 12(6)): staff have a
 * code sent to the e-mail address or phone customer-service holds for the person, and type in the
 * code the person reads back. A match records the identity check and announces the request when
 * nothing else waits. The request's clock runs all the while.
 */
@ApplicationScoped
public class IdentityCodes {

    /** A code on its way: where it went, until when it is good, and how many tries it has. */
    public record SentCode(UUID requestId, UUID customerId, IdentityCode.Channel channel, String sentTo,
            OffsetDateTime expiresAt, int attemptsLeft) {
    }

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    IdentityCodeRepository codes;

    @Inject
    RequestStepRepository steps;

    @Inject
    RequestAnnouncement announcement;

    @Inject
    RequestFollowUp followUp;

    @Inject
    IdentityCodeDelivery delivery;

    @Inject
    IdentityCodeConfig config;

    private volatile byte[] key;

    /** A validity the message cannot state, or a key too short, stops the service at start-up, not at the first code. */
    void checkValidity(@Observes StartupEvent start) {
        config.validMinutes();
        key();
    }

    /** The hash key, decoded once. */
    private byte[] key() {
        byte[] decoded = key;
        if (decoded == null) {
            decoded = config.keyBytes();
            key = decoded;
        }
        return decoded;
    }

    /**
     * Sends a new code; the last one sent is the one that counts. Nothing is kept when it cannot be
     * sent. Bounded per request: after that, staff check the identity by hand.
     */
    @Transactional
    public SentCode send(UUID requestId, IdentityCode.Channel channel, String staff) {
        DataSubjectRequest request = requests.lock(requestId);
        request.requireAwaitingIdentity();
        if (codes.countOf(requestId) >= config.maxCodesPerRequest()) {
            throw new ConflictProblem("This request has had " + config.maxCodesPerRequest() + " codes; establish the "
                    + "person's identity by hand (POST /requests/{id}/identity)");
        }
        IdentityCode.Issued issued = IdentityCode.issue(requestId, channel, staff, OffsetDateTime.now(),
                config.validFor(), key());
        issued.record().sentTo(delivery.send(request.customerId(), channel, issued.code(), config.validMinutes()));
        codes.persist(issued.record());
        return view(request, issued.record());
    }

    /**
     * Checks the code the person gave back. A wrong code counts as a try and is a 400 problem naming
     * {@code code}, kept all the same; an expired or used-up one is a 409.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public TrackedRequest verify(UUID requestId, String given, String staff) {
        DataSubjectRequest request = requests.lock(requestId);
        request.requireAwaitingIdentity();
        IdentityCode code = codes.latestOf(requestId)
                .orElseThrow(() -> new ConflictProblem("No code was sent for this request"));
        OffsetDateTime now = OffsetDateTime.now();
        switch (code.check(given, now, config.maxAttempts(), key())) {
            case MATCHED -> {
                request.identityCheckedByCode("Engangskode sendt på " + (code.channel() == IdentityCode.Channel.EMAIL
                        ? "e-post" : "SMS") + " til " + code.sentTo() + " og gitt tilbake av personen", staff, now);
                steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.IDENTITY_CHECKED, now, staff));
                announcement.announceIfReady(request, now);
                return followUp.track(request);
            }
            case WRONG -> throw new InvalidInputException("code", "does not match the code sent; "
                    + Math.max(0, config.maxAttempts() - code.attempts()) + " tries left");
            case EXPIRED -> throw new ConflictProblem("The code expired at " + code.expiresAt() + "; send a new one");
            default -> throw new ConflictProblem("The code was used up; send a new one");
        }
    }

    private SentCode view(DataSubjectRequest request, IdentityCode code) {
        return new SentCode(request.id(), request.customerId(), code.channel(), code.sentTo(), code.expiresAt(),
                config.maxAttempts() - code.attempts());
    }
}
