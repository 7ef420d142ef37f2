package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.rights.RecipientNotice;

@ApplicationScoped
public class RecipientNoticeRepository implements PanacheRepositoryBase<RecipientNotice, UUID> {

    /** The recipients told of the request's rectification, by name. */
    public List<RecipientNotice> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by recipient", requestId);
    }
}
