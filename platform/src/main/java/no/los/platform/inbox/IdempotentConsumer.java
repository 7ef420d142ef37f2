package no.los.platform.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventsConfig;
import no.los.platform.events.IncomingEvent;
import no.los.platform.events.KafkaClientSettings;

/**
 * Feeds events to the service's {@link EventHandler}s, each exactly once in effect:
 * <ul>
 * <li>the event's {@code (source, id)} is recorded in the same transaction as its effect, so a
 * redelivery is a no-op;</li>
 * <li>offsets are committed only after those transactions, so a crash means redelivery, never loss;</li>
 * <li>an event that did not come from its topic's owner, or whose key, subject and payload name
 * different people, is parked as forged ({@link EventOrigin}) and never handled;</li>
 * <li>an event that cannot be carried out is parked with its reason and the consumer moves on, so
 * it never loops forever and never holds up other customers' events;</li>
 * <li>a passing failure (the database away, a deadlock) is never a reason to park: the event is
 * tried again from the committed offset until the failure has passed.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    @Any
    Instance<EventHandler> handlerBeans;

    @Inject
    Inbox inbox;

    @Inject
    EventsConfig config;

    @Inject
    KafkaClientSettings kafka;

    @Inject
    MeterRegistry metrics;

    /** Handlers by topic and type: one event type, such as an erasure confirmation, can come from several topics. */
    private final Map<String, EventHandler> handlersByType = new HashMap<>();
    private final Set<String> subscribed = new HashSet<>();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    void start(@Observes StartupEvent startup) {
        handlerBeans.stream().filter(EventHandler::active).forEach(this::register);
        if (!config.consumer().enabled() || handlersByType.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(this::consumeUntilStopped, "idempotent-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    private void register(EventHandler handler) {
        Set<EventTopic> topics = new HashSet<>(handler.alsoFrom());
        topics.add(handler.topic());
        Set<String> types = new HashSet<>(handler.alsoTypes());
        types.add(handler.eventType());
        for (EventTopic topic : topics) {
            for (String type : types) {
                EventHandler previous = handlersByType.put(route(topic.topicName(), type), handler);
                if (previous != null) {
                    throw new IllegalStateException("two handlers for " + type + " on " + topic);
                }
                subscribed.add(topic.topicName());
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /**
     * Polls until shutdown. Offsets are committed only for records carried out, parked or not meant
     * for this service. When anything fails beyond a single event (the database away, a passing
     * failure, the group rebalanced during a commit), the consumer is rebuilt and resumes from the
     * last committed offsets: the uncommitted events come again and the inbox skips those already done.
     */
    private void consumeUntilStopped() {
        Set<String> topics = Set.copyOf(subscribed);
        while (running) {
            try {
                consumer = createConsumer();
                consumer.subscribe(topics);
                while (running) {
                    consumeOneBatch();
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                LOG.errorf("Event consumer interrupted (%s); resuming from the committed offsets",
                        e.getClass().getSimpleName());
                sleep(config.consumer().retryBackoff());
            } finally {
                closeQuietly();
            }
        }
    }

    private void consumeOneBatch() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                if (!running) {
                    break;
                }
                process(record);
                done.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
        } finally {
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        try {
            event = EventReader.read(record);
        } catch (PoisonEventException e) {
            park(record, null, e.getMessage(), true);
            return;
        }
        EventHandler handler = handlersByType.get(route(record.topic(), event.type()));
        if (handler == null) {
            return; // another consumer's business: this service does not act on this type here
        }
        try {
            EventOrigin.verify(event, record.key());
        } catch (ForgedEventException e) {
            metrics.counter("los.events.forged", "topic", record.topic()).increment();
            park(record, event, e.getMessage(), true);
            return;
        }
        int maxAttempts = config.consumer().maxAttempts();
        for (int attempt = 1;; attempt++) {
            try {
                boolean tookEffect = inbox.handleOnce(event, handler);
                count(event, tookEffect ? "handled" : "duplicate");
                return;
            } catch (PoisonEventException e) {
                park(record, event, e.getMessage(), true);
                return;
            } catch (RuntimeException e) {
                if (TransientFailure.isTransient(e)) {
                    throw e; // rebuild and retry from the committed offset, however long the outage lasts
                }
                String reason = "failed " + attempt + " time(s): " + rootCause(e).getClass().getName();
                if (attempt >= maxAttempts) {
                    park(record, event, reason, false);
                    return;
                }
                LOG.warnf("Event %s of type %s %s; trying again", event.id(), event.type(), reason);
                sleep(config.consumer().retryBackoff());
            }
        }
    }

    /**
     * Parks a record with its reason. Poison is also remembered as handled, since it can never take
     * effect; an event that failed for another reason is not, so it can be replayed once the cause is fixed.
     */
    private void park(ConsumerRecord<String, byte[]> record, IncomingEvent event, String reason, boolean poison) {
        LOG.warnf("Parking record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        inbox.park(record, poison ? event : null, event, reason);
        metrics.counter("los.events.parked", "topic", record.topic()).increment();
    }

    private void count(IncomingEvent event, String outcome) {
        metrics.counter("los.events.consumed", "type", event.type(), "outcome", outcome).increment();
    }

    private KafkaConsumer<String, byte[]> createConsumer() {
        Map<String, Object> settings = kafka.copy();
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.consumer().groupId());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, config.consumer().groupId() + "-consumer");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(settings);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldHandledEvents() {
        if (worker != null) {
            inbox.forgetHandledBefore(config.consumer().rememberHandled());
        }
    }

    /** Whether the consumer runs (or has nothing to consume); false only if its thread has ended. */
    public boolean isHealthy() {
        return worker == null || worker.isAlive();
    }

    private void closeQuietly() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("Closing the consumer failed (%s)", e.getClass().getSimpleName());
            }
        }
    }

    private static String route(String topic, String type) {
        return topic + " " + type;
    }
}
