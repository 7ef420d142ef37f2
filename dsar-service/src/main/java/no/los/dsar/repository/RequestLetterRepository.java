package no.los.dsar.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.letters.RequestLetter;

@ApplicationScoped
public class RequestLetterRepository implements PanacheRepositoryBase<RequestLetter, UUID> {

    /** The letters about a request, the first first. */
    public List<RequestLetter> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by writtenAt, id", requestId);
    }

    /** One letter about the request; empty if it is about another. */
    public Optional<RequestLetter> ofRequest(UUID requestId, UUID letterId) {
        return find("id = ?1 and requestId = ?2", letterId, requestId).firstResultOptional();
    }

    /** Every letter to the customer about any of their requests, the first first. */
    public List<RequestLetter> ofCustomer(UUID customerId) {
        return list("requestId in (select r.id from DataSubjectRequest r where r.customerId = ?1) "
                + "order by writtenAt, id", customerId);
    }
}
