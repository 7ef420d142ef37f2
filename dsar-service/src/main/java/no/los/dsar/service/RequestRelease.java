package no.los.dsar.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestStep;
import no.los.dsar.TrackedRequest;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.RequestStepRepository;

/**
 * What a staff-registered request waits for before the suite hears of it: staff record how the
 * person's identity was established, and for an erasure or restriction a privacy officer other than
 * the registrant approves it. The deadline runs from receipt meanwhile; the view shows the wait.
 */
@ApplicationScoped
public class RequestRelease {

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    RequestStepRepository steps;

    @Inject
    RequestAnnouncement announcement;

    @Inject
    RequestFollowUp followUp;

    /** Records how staff established the person's identity, and announces the request if nothing else waits. */
    @Transactional
    public TrackedRequest identityChecked(UUID requestId, String note, String staff) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        request.identityChecked(note, staff, now);
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.IDENTITY_CHECKED, now, staff));
        announcement.announceIfReady(request, now);
        return followUp.track(request);
    }

    /** A second privacy officer approves a staff-registered erasure or restriction, which is then announced. */
    @Transactional
    public TrackedRequest approved(UUID requestId, String officer) {
        OffsetDateTime now = OffsetDateTime.now();
        DataSubjectRequest request = requests.lock(requestId);
        request.approve(officer, now);
        steps.persist(RequestStep.byStaff(requestId, RequestStep.Kind.APPROVED, now, officer));
        announcement.announceIfReady(request, now);
        return followUp.track(request);
    }
}
