package no.los.platform.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The outbox table as the relay sees it. */
@ApplicationScoped
class OutboxRows {

    /** Any constant works: each service has its own database, and only the relay takes this lock. */
    private static final long RELAY_LOCK = 0x105_0b0c5L;

    @Inject
    EntityManager entityManager;

    /**
     * Runs one relay round in a transaction that holds the relay lock; another instance's round
     * waits for the next poll. {@code publish} returns the rows the broker acknowledged.
     */
    OutboxRelay.Round inLockedRound(int batchSize, Function<List<OutboxRow>, List<OutboxRow>> publish) {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!locked) {
                return new OutboxRelay.Round(0, false);
            }
            List<OutboxRow> batch = unpublished(batchSize);
            if (batch.isEmpty()) {
                return new OutboxRelay.Round(0, false);
            }
            List<OutboxRow> acknowledged = publish.apply(batch);
            markPublished(acknowledged);
            return new OutboxRelay.Round(acknowledged.size(), acknowledged.size() < batch.size());
        });
    }

    @SuppressWarnings("unchecked")
    private List<OutboxRow> unpublished(int batchSize) {
        List<Object[]> result = entityManager.createNativeQuery("""
                select position, cast(id as text), topic, record_key, type,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), cast(payload as text)
                from outbox_event where published_at is null order by position limit ?1""")
                .setParameter(1, batchSize)
                .getResultList();
        return result.stream()
                .map(r -> new OutboxRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6]))
                .toList();
    }

    private void markPublished(List<OutboxRow> acknowledged) {
        if (acknowledged.isEmpty()) {
            return;
        }
        List<Long> positions = acknowledged.stream().map(OutboxRow::position).toList();
        entityManager.createNativeQuery("update outbox_event set published_at = now() where position in (:positions)")
                .setParameter("positions", positions)
                .executeUpdate();
    }

    long countUnpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue());
    }

    void deletePublishedBefore(Duration age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_event where published_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(age))
                .executeUpdate());
    }
}
