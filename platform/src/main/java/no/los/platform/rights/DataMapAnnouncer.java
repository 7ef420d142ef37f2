package no.los.platform.rights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;
import no.los.platform.events.OutgoingEvent;
import no.los.platform.outbox.Outbox;

/**
 * Announces the service's data map to dsar-service when it has changed since the last
 * announcement: at the first start, and after a release that changed a declaration. The map holds
 * no personal data. Its record key is a name-based id of the service, since it is about no customer.
 */
@ApplicationScoped
class DataMapAnnouncer {

    /** The data of {@code no.los.rights.data-map-announced.v1}. */
    record DataMapAnnounced(String service, String digest, DataMap dataMap, OffsetDateTime announcedAt) {
    }

    @Inject
    RightsProtocol protocol;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Transactional
    void announce(@Observes StartupEvent startup) {
        protocol.participant().ifPresent(rights -> announceIfChanged(protocol.dataMap()));
    }

    private void announceIfChanged(DataMap map) {
        String digest = digestOf(map);
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('data-map-announcement')) as text)")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> last = entityManager
                .createNativeQuery("select digest from data_map_announcement where service = ?1")
                .setParameter(1, map.service()).getResultList();
        if (!last.isEmpty() && last.get(0).equals(digest)) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into data_map_announcement (service, digest, announced_at) values (?1, ?2, now())
                on conflict (service) do update set digest = excluded.digest, announced_at = excluded.announced_at""")
                .setParameter(1, map.service()).setParameter(2, digest).executeUpdate();
        outbox.add(new OutgoingEvent(EventTopic.ownedBy(map.service()), EventTypes.DATA_MAP_ANNOUNCED,
                subjectOf(map.service()), new DataMapAnnounced(map.service(), digest, map, OffsetDateTime.now())));
    }

    /** The record key of a service's announcements: the same for every announcement of one service. */
    static UUID subjectOf(String service) {
        return UUID.nameUUIDFromBytes(("data-map:" + service).getBytes(StandardCharsets.UTF_8));
    }

    private String digestOf(DataMap map) {
        try {
            byte[] bytes = json.writeValueAsBytes(map);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the data map cannot be digested", e);
        }
    }
}
