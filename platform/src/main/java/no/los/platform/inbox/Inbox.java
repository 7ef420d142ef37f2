package no.los.platform.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.narayana.jta.QuarkusTransaction;

import no.los.platform.events.IncomingEvent;

/**
 * The consumer's memory: which events it has carried out, and which it had to park. Recording an
 * event as handled happens in the same transaction as its effect, which makes redelivery harmless.
 */
@ApplicationScoped
class Inbox {

    @Inject
    EntityManager entityManager;

    /** Carries out the event unless it was handled before. Returns whether it took effect now. */
    boolean handleOnce(IncomingEvent event, EventHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!remember(event)) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }

    /**
     * Parks a record that cannot be carried out, with its reason. With {@code rememberAsHandled}
     * (poison) its id is remembered too, so a redelivery is skipped rather than parked again. Only
     * the reason we wrote ourselves is kept, never an exception's message, which could quote
     * personal data.
     */
    void park(ConsumerRecord<String, byte[]> record, IncomingEvent rememberAsHandled, IncomingEvent event,
            String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (rememberAsHandled != null && !remember(rememberAsHandled)) {
                return;
            }
            entityManager.createNativeQuery("""
                    insert into parked_event (topic, record_partition, record_offset, record_key, event_id, event_source,
                                              event_type, payload, reason, parked_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now())""")
                    .setParameter(1, record.topic())
                    .setParameter(2, record.partition())
                    .setParameter(3, record.offset())
                    .setParameter(4, record.key())
                    .setParameter(5, event == null ? null : event.id())
                    .setParameter(6, event == null ? null : event.source())
                    .setParameter(7, event == null ? null : event.type())
                    .setParameter(8, record.value())
                    .setParameter(9, reason)
                    .executeUpdate();
        });
    }

    /** Forgets handled events older than the retention: far longer than any redelivery takes. */
    void forgetHandledBefore(Duration age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(age))
                .executeUpdate());
    }

    private boolean remember(IncomingEvent event) {
        return entityManager.createNativeQuery("""
                insert into processed_event (event_source, event_id, event_type, event_subject, processed_at)
                values (?1, ?2, ?3, ?4, now()) on conflict do nothing""")
                .setParameter(1, event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .executeUpdate() == 1;
    }
}
