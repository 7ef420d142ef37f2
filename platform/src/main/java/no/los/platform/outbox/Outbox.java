package no.los.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.events.OutgoingEvent;

/**
 * The transactional outbox. An event is written as a row in the same transaction as the state
 * change it announces, so either both commit or neither does; the {@link OutboxRelay} publishes it
 * to Kafka after the commit. There is no other way for a service to send an event.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();
    /** First key of the two-key advisory locks that serialise changes per customer. */
    private static final int CUSTOMER_LOCK_SPACE = 1050;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Adds the event to the outbox. Demands a surrounding transaction: calling it outside one fails
     * fast instead of silently sending an event for a change that may never commit.
     *
     * @return the event id, which becomes the CloudEvents {@code id}
     */
    @Transactional(TxType.MANDATORY)
    public UUID add(OutgoingEvent event) {
        lockCustomer(event.customerId());
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox_event (id, topic, record_key, type, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, event.topic().topicName())
                .setParameter(3, event.customerId().toString())
                .setParameter(4, event.type())
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(6, serialise(event))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Makes this transaction wait for any other open transaction that changes the same customer,
     * until the end of both. Two changes of one person therefore commit one after the other, and
     * their events take outbox positions in commit order: a withdrawal can never overtake the
     * consent it withdraws. A use case that reads before it decides (give or withdraw?) calls this
     * first; {@link #add} calls it in any case.
     */
    @Transactional(TxType.MANDATORY)
    public void lockCustomer(UUID customerId) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(?1, hashtext(?2)) as text)")
                .setParameter(1, CUSTOMER_LOCK_SPACE)
                .setParameter(2, customerId.toString())
                .getSingleResult();
    }

    private String serialise(OutgoingEvent event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data of type " + event.type() + " cannot be written as JSON", e);
        }
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
