package no.los.dsar.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.DataSubjectRequest.Status;
import no.los.dsar.RequestType;
import no.los.dsar.rights.RightsPart;
import no.los.platform.problem.NotFoundProblem;

@ApplicationScoped
public class DataSubjectRequestRepository implements PanacheRepositoryBase<DataSubjectRequest, UUID> {

    public List<DataSubjectRequest> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt desc", customerId);
    }

    /** The request, locked until the transaction ends, so two confirmations cannot both miss completing it. */
    public Optional<DataSubjectRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The request, locked until the transaction ends; a 404 problem when there is none. */
    public DataSubjectRequest lock(UUID id) {
        return findForUpdate(id).orElseThrow(() -> new NotFoundProblem("Request"));
    }

    /** Open erasure requests announced to the services before the moment, the longest waiting first. */
    public List<DataSubjectRequest> openErasuresAnnouncedBefore(Instant moment) {
        return list("type = ?1 and status = ?2 and announcedAt < ?3 order by announcedAt", RequestType.ERASURE,
                Status.RECEIVED, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }

    public long countOpenErasuresAnnouncedBefore(Instant moment) {
        return count("type = ?1 and status = ?2 and announcedAt < ?3", RequestType.ERASURE, Status.RECEIVED,
                OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }

    /**
     * Open access, portability and restriction requests announced before the moment that still miss a
     * service's part (for access: not yet fetched; for the others: not yet answered), and objection
     * requests some service answered before the moment (the objection was upheld) that still miss
     * another's answer, oldest first. A rectification waits for staff to rectify in customer-service, a
     * pending objection for the privacy officer's decision; their due dates flag them.
     */
    public List<DataSubjectRequest> openRightsRequestsMissingPartsAnnouncedBefore(Instant moment) {
        return getEntityManager().createQuery("""
                select r from DataSubjectRequest r
                where r.status = :open and r.announcedAt < :moment
                  and (r.type in (:access, :portability, :restriction)
                       or (r.type = :objection and exists (select q.id from RightsPart q where q.requestId = r.id
                                                          and q.answeredAt < :moment)))
                  and exists (select p.id from RightsPart p where p.requestId = r.id
                              and (p.status = :awaited or (r.type = :access and p.status <> :collected)))
                order by r.announcedAt""", DataSubjectRequest.class)
                .setParameter("access", RequestType.ACCESS)
                .setParameter("portability", RequestType.PORTABILITY)
                .setParameter("restriction", RequestType.RESTRICTION)
                .setParameter("objection", RequestType.OBJECTION)
                .setParameter("open", Status.RECEIVED)
                .setParameter("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
                .setParameter("awaited", RightsPart.Status.AWAITED)
                .setParameter("collected", RightsPart.Status.COLLECTED)
                .getResultList();
    }

    /** Open requests to be answered before the day (by the extended date, if any), the longest overdue first. */
    public List<DataSubjectRequest> openDueBefore(LocalDate day) {
        return list("status = ?1 and coalesce(extendedTo, dueOn) < ?2 order by coalesce(extendedTo, dueOn), receivedAt",
                Status.RECEIVED, day);
    }

    public long countOpenDueBefore(LocalDate day) {
        return count("status = ?1 and coalesce(extendedTo, dueOn) < ?2", Status.RECEIVED, day);
    }

    /** Open requests to be answered on a day from {@code first} to {@code last}, the earliest due first. */
    public List<DataSubjectRequest> openToBeAnsweredBetween(LocalDate first, LocalDate last) {
        return list("status = ?1 and coalesce(extendedTo, dueOn) between ?2 and ?3 "
                + "order by coalesce(extendedTo, dueOn), receivedAt", Status.RECEIVED, first, last);
    }

    public long countOpenToBeAnsweredBetween(LocalDate first, LocalDate last) {
        return count("status = ?1 and coalesce(extendedTo, dueOn) between ?2 and ?3", Status.RECEIVED, first, last);
    }

    /** Open requests not yet announced to the services: waiting for identity or approval, the longest waiting first. */
    public List<DataSubjectRequest> openNotAnnounced() {
        return list("status = ?1 and announcedAt is null order by receivedAt", Status.RECEIVED);
    }

    public long countOpenNotAnnounced() {
        return count("status = ?1 and announcedAt is null", Status.RECEIVED);
    }
}
