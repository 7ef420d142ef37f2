package no.los.dsar.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The services' announced data maps, one per service ({@code service_data_map}), kept as JSON as
 * they were read; and the platform's note of dsar-service's own last announcement.
 */
@ApplicationScoped
public class ServiceDataMapRepository {

    /** A stored map, its JSON as it is kept. */
    public record StoredDataMap(String service, String digest, String dataMapJson, OffsetDateTime announcedAt) {
    }

    /** When this service last announced its own map, and its digest then. */
    public record OwnAnnouncement(String digest, OffsetDateTime announcedAt) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Keeps the map unless the stored one is as new or newer, or is the same map (same digest): in
     * one statement, so two deliveries cannot interleave. Returns whether the map was kept.
     */
    public boolean keepIfNewer(String service, String digest, String dataMapJson, OffsetDateTime announcedAt) {
        return entityManager.createNativeQuery("""
                insert into service_data_map (service, digest, data_map, announced_at)
                values (?1, ?2, cast(?3 as jsonb), ?4)
                on conflict (service) do update
                    set digest = excluded.digest, data_map = excluded.data_map, announced_at = excluded.announced_at
                    where service_data_map.digest <> excluded.digest
                      and service_data_map.announced_at < excluded.announced_at""")
                .setParameter(1, service)
                .setParameter(2, digest)
                .setParameter(3, dataMapJson)
                .setParameter(4, announcedAt)
                .executeUpdate() == 1;
    }

    /** Every stored map, by service. */
    public List<StoredDataMap> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select service, digest, cast(data_map as text), announced_at from service_data_map order by service""")
                .getResultList();
        return rows.stream().map(row -> new StoredDataMap((String) row[0], (String) row[1], (String) row[2],
                toOffsetDateTime(row[3]))).toList();
    }

    /** The platform's record of the service's own announcement (table {@code data_map_announcement}). */
    public Optional<OwnAnnouncement> ownAnnouncement(String service) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select digest, announced_at from data_map_announcement where service = ?1")
                .setParameter(1, service).getResultList();
        return rows.stream().findFirst().map(row -> new OwnAnnouncement((String) row[0], toOffsetDateTime(row[1])));
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("a timestamp column came back as " + value.getClass().getName());
    }
}
