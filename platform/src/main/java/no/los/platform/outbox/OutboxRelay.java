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

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks a row published only after the
 * broker acknowledged it. A relay round holds a transaction-scoped advisory lock, so however many
 * instances of a service run, one round at a time publishes, and one person's events keep their
 * order. When the broker is away, rows simply wait: nothing is lost and nothing is sent twice by
 * design (a broker that acknowledged but whose answer was lost may see a row again, which is why
 * every consumer is idempotent).
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
        metrics.gauge("los.outbox.backlog", rows, OutboxRows::countUnpublishedQuietly);
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

    private void relayUntilStopped() {
        try (KafkaProducer<String, byte[]> producer = createProducer()) {
            while (running) {
                int sent;
                try {
                    sent = relayOneRound(producer);
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox relay round failed (%s); retrying", e.getClass().getSimpleName());
                    sleep(config.relay().retryBackoff().toMillis());
                    continue;
                }
                if (sent < config.relay().batchSize()) {
                    awaitWakeUp();
                }
            }
        }
    }

    /** One round: lock, read the oldest unpublished rows, send them, mark the acknowledged prefix. */
    private int relayOneRound(KafkaProducer<String, byte[]> producer) {
        return rows.inLockedRound(config.relay().batchSize(), batch -> {
            List<Future<?>> acknowledgements = new ArrayList<>(batch.size());
            for (OutboxRow row : batch) {
                try {
                    acknowledgements.add(producer.send(row.toRecord(config.source())));
                } catch (RuntimeException e) {
                    break; // the broker is not reachable: the rest waits for the next round
                }
            }
            producer.flush();
            List<OutboxRow> acknowledged = acknowledgedPrefix(batch, acknowledgements);
            published.increment(acknowledged.size());
            if (acknowledged.size() < batch.size()) {
                sleep(config.relay().retryBackoff().toMillis());
            }
            return acknowledged;
        });
    }

    private static List<OutboxRow> acknowledgedPrefix(List<OutboxRow> batch, List<Future<?>> acknowledgements) {
        List<OutboxRow> acknowledged = new ArrayList<>();
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get();
                acknowledged.add(batch.get(i));
            } catch (Exception e) {
                LOG.warnf("Broker did not acknowledge outbox event %s (%s); it stays in the outbox",
                        batch.get(i).id(), e.getClass().getSimpleName());
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
