package no.los.dsar.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.rights.RightsPart;
import no.los.dsar.rights.RightsPart.Status;

@ApplicationScoped
public class RightsPartRepository implements PanacheRepositoryBase<RightsPart, UUID> {

    /** A part the collector should fetch now: which service, for whom. */
    public record PartToCollect(UUID partId, UUID requestId, UUID customerId, String service) {
    }

    public List<RightsPart> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by service", requestId);
    }

    public Optional<RightsPart> ofService(UUID requestId, String service) {
        return find("requestId = ?1 and service = ?2", requestId, service).firstResultOptional();
    }

    /** The part, locked until the transaction ends, so two collectors cannot both store it. */
    public Optional<RightsPart> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Answered parts of open access requests that are due to be fetched at {@code now}: never tried, or
     * past their retry time. The longest waiting first.
     */
    public List<PartToCollect> dueForCollection(Instant now, int limit) {
        return getEntityManager().createQuery("""
                select p.id, r.id, r.customerId, p.service
                from RightsPart p, DataSubjectRequest r
                where r.id = p.requestId and r.type = :access and r.status = :open and p.status = :answered
                  and (p.retryAt is null or p.retryAt <= :now)
                order by p.answeredAt""", PartToCollect.class)
                .setParameter("access", RequestType.ACCESS)
                .setParameter("open", DataSubjectRequest.Status.RECEIVED)
                .setParameter("answered", Status.ANSWERED)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Open access requests whose every part has been fetched: ready for their report. */
    public List<UUID> accessRequestsWithEveryPartCollected() {
        return getEntityManager().createQuery("""
                select r.id from DataSubjectRequest r
                where r.type = :access and r.status = :open
                  and exists (select p.id from RightsPart p where p.requestId = r.id)
                  and not exists (select p.id from RightsPart p where p.requestId = r.id and p.status <> :collected)
                order by r.receivedAt""", UUID.class)
                .setParameter("access", RequestType.ACCESS)
                .setParameter("open", DataSubjectRequest.Status.RECEIVED)
                .setParameter("collected", Status.COLLECTED)
                .getResultList();
    }
}
