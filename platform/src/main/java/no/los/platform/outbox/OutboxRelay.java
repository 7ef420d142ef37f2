package no.los.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import no.los.platform.events.EventsConfig;
import no.los.platform.events.KafkaClientSettings;
import no.los.platform.metrics.RefreshedGauges;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks a row published only after the
 * broker acknowledged it. A relay round holds a transaction-scoped advisory lock, so however many
 * instances of a service run, one round at a time publishes, and one person's events keep their
 * order. When the broker is away, rows simply wait and nothing is lost. Delivery is at least once:
 * a row whose acknowledgement was lost, or that was in flight behind a refused one, is sent again
 * in a later round, which is why every consumer is idempotent (exactly-once effect).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EventsConfig config;

    @Inject
    OutboxRows rows;

    @Inject
    KafkaClientSettings kafka;

    @Inject
    MeterRegistry metrics;

    @Inject
    RefreshedGauges gauges;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            return;
        }
        published = metrics.counter("los.outbox.published");
        gauges.register("los.outbox.backlog", "Events in the outbox not yet published to Kafka", rows::countUnpublished);
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            wake();
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Whether the relay runs (or is switched off); false only if its thread has ended. */
    public boolean isHealthy() {
        return !config.relay().enabled() || (worker != null && worker.isAlive());
    }

    /** Called after a commit that added outbox rows, so they leave at once instead of at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldPublishedRows() {
        if (config.relay().enabled()) {
            rows.deletePublishedBefore(config.relay().keepPublished());
        }
    }

    /**
     * Relays until shutdown. A failed round (the database away, a producer that fell into a fatal
     * state) closes the producer and starts over with a new one after a pause, so the thread
     * outlives any outage; {@link EventPlumbingHealth} reports it should it ever end.
     */
    private void relayUntilStopped() {
        while (running) {
            try (KafkaProducer<String, byte[]> producer = createProducer()) {
                while (running) {
                    Round round = rows.inLockedRound(config.relay().batchSize(), batch -> publish(producer, batch));
                    if (round.refused()) {
                        sleep(config.relay().retryBackoff().toMillis());
                    } else if (round.published() < config.relay().batchSize()) {
                        awaitWakeUp();
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed (%s); starting over", e.getClass().getSimpleName());
                sleep(config.relay().retryBackoff().toMillis());
            }
        }
    }

    /** What one round achieved: rows published, and whether the broker refused the rest. */
    record Round(int published, boolean refused) {
    }

    /**
     * Sends the batch in order and returns the rows the broker acknowledged: all of them, or the
     * ones before the first refusal. Sending stops at the first refusal it sees, so an absent broker
     * costs one metadata wait per round, not one per row, and little is sent twice.
     */
    private List<OutboxRow> publish(KafkaProducer<String, byte[]> producer, List<OutboxRow> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxRow row : batch) {
            Future<RecordMetadata> acknowledgement = producer.send(row.toRecord(config.source()));
            acknowledgements.add(acknowledgement);
            if (acknowledgement.isDone() && failed(acknowledgement)) {
                break; // refused at once: no broker, no topic, or a record the broker will never take
            }
        }
        producer.flush();
        List<OutboxRow> acknowledged = acknowledgedPrefix(batch, acknowledgements);
        published.increment(acknowledged.size());
        return acknowledged;
    }

    private static boolean failed(Future<RecordMetadata> acknowledgement) {
        try {
            acknowledgement.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static List<OutboxRow> acknowledgedPrefix(List<OutboxRow> batch, List<Future<RecordMetadata>> acknowledgements) {
        List<OutboxRow> acknowledged = new ArrayList<>();
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get();
                acknowledged.add(batch.get(i));
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warnf("Broker did not acknowledge outbox event %s (%s); it stays in the outbox",
                        batch.get(i).id(), cause.getClass().getSimpleName());
                break;
            }
        }
        return acknowledged;
    }

    private KafkaProducer<String, byte[]> createProducer() {
        Map<String, Object> settings = kafka.copy();
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(settings);
    }

    private void awaitWakeUp() {
        try {
            wakeUp.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
