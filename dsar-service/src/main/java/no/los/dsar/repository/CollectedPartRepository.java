package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The fetched parts of access requests, as the services sent them, until the report is assembled
 * ({@code collected_part}). Kept apart from {@code rights_part}, so that following a request never
 * reads a part, and as {@code json}, so that the text is stored as it came and read back unchanged.
 * With each part, the categories it declares as used for automated decisions, read when it was fetched.
 */
@ApplicationScoped
public class CollectedPartRepository {

    @Inject
    EntityManager entityManager;

    /**
     * Stores a part's UTF-8 JSON as it came: PostgreSQL decodes and checks it, not dsar-service.
     *
     * @param automatedDecisions the part's categories used for automated decisions, as a JSON array
     */
    public void store(UUID partId, byte[] utf8Json, String automatedDecisions) {
        entityManager.createNativeQuery("""
                insert into collected_part (part_id, part, automated_decisions)
                values (?1, cast(convert_from(?2, 'UTF8') as json), cast(?3 as json))""")
                .setParameter(1, partId).setParameter(2, utf8Json).setParameter(3, automatedDecisions)
                .executeUpdate();
    }

    /** How many of the request's parts are held. */
    public long countOfRequest(UUID requestId) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from collected_part c join rights_part p on p.id = c.part_id
                where p.request_id = ?1""").setParameter(1, requestId).getSingleResult()).longValue();
    }

    /** The categories, as {@code service/category}, that the request's parts declare used for automated decisions, unordered. */
    public List<String> automatedDecisionsOfRequest(UUID requestId) {
        return entityManager.createNativeQuery("""
                select category from collected_part c join rights_part p on p.id = c.part_id,
                    json_array_elements_text(c.automated_decisions) category
                where p.request_id = ?1""", String.class)
                .setParameter(1, requestId).getResultList();
    }

    /** Deletes the request's parts once its report holds them; dsar-service keeps the data in one place only. */
    public int releaseOfRequest(UUID requestId) {
        return entityManager.createNativeQuery(
                "delete from collected_part where part_id in (select id from rights_part where request_id = ?1)")
                .setParameter(1, requestId).executeUpdate();
    }
}
