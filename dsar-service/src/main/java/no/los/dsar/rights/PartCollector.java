package no.los.dsar.rights;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.scheduler.Scheduled;

import no.los.dsar.collect.ServiceClient;
import no.los.dsar.repository.RightsPartRepository.PartToCollect;
import no.los.platform.rights.AccessPart;

/**
 * Fetches the answered parts of access requests from the services, over REST with dsar-service's own
 * identity ({@link ServiceClient}), and stores them. It runs every second, and is woken as soon as an
 * answer has committed; always on a thread of its own, never on the event consumer's, so a slow
 * service holds up no event. A failed fetch is recorded by the failure's class and tried again after
 * a backoff ({@link FetchBackoff}); a part that is not the one asked for (another service's, another
 * person's) counts as a failure and is never stored.
 */
@ApplicationScoped
public class PartCollector {

    private static final Logger LOG = Logger.getLogger(PartCollector.class);
    private static final int PARTS_PER_ROUND = 20;
    private static final int FETCHES_AT_ONCE = 4;

    /** The part fetched is not the one asked for. */
    static final class NotTheRequestedPart extends RuntimeException {
        NotTheRequestedPart() {
            super("the service answered with a part of another service or another customer");
        }
    }

    @Inject
    RightsParts parts;

    @Inject
    ServiceClient services;

    @Inject
    ObjectMapper json;

    @Inject
    Event<PartCollected> collected;

    private final AtomicBoolean collecting = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private ObjectReader partReader;
    private ExecutorService wakeUps;
    /** Parts of one round are fetched side by side: a request waits for its slowest service, not for their sum. */
    private ExecutorService fetchers;

    @PostConstruct
    void start() {
        // Amounts such as kWh stay exact decimals on their way into the report.
        partReader = json.readerFor(AccessPart.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        wakeUps = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rights-part-collector");
            thread.setDaemon(true);
            return thread;
        });
        fetchers = Executors.newFixedThreadPool(FETCHES_AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "rights-part-fetcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
        fetchers.shutdownNow();
    }

    @Scheduled(identity = "rights-part-collector", every = "${los.dsar.rights.collect-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        collectWhileWanted();
    }

    /** After the answer's transaction committed: fetch its part now rather than at the next tick. */
    void onAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartAnswered answer) {
        try {
            wakeUps.execute(this::collectWhileWanted);
        } catch (RejectedExecutionException e) {
            // shutting down; the next start collects it
        }
    }

    /**
     * One round at a time: a wake-up that arrives while a round runs makes that round go once more,
     * so no answer waits for the next tick.
     */
    private void collectWhileWanted() {
        wanted.set(true);
        while (wanted.get() && collecting.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                collectDue(Instant.now());
            } catch (RuntimeException e) {
                LOG.warnf("Collecting rights parts failed with %s; the next round tries again", e.getClass().getName());
            } finally {
                collecting.set(false);
            }
        }
    }

    /** Fetches every part due at {@code now}; returns how many were stored. */
    public int collectDue(Instant now) {
        int stored = 0;
        List<PartToCollect> due;
        do {
            due = parts.dueForCollection(now, PARTS_PER_ROUND);
            // Reading runs in parallel; storing stays on this thread, one part after the other, as before.
            List<Future<String>> reads = due.stream().map(part -> fetchers.submit(() -> read(part))).toList();
            for (int i = 0; i < due.size(); i++) {
                if (store(due.get(i), reads.get(i))) {
                    stored++;
                    collected.fire(new PartCollected(due.get(i).requestId()));
                }
            }
        } while (due.size() == PARTS_PER_ROUND);
        return stored;
    }

    private boolean store(PartToCollect due, Future<String> read) {
        try {
            parts.collected(due.partId(), outcomeOf(read));
            return true;
        } catch (IOException | RuntimeException e) {
            // The message is left out on purpose: it could quote what the service sent.
            LOG.warnf("Fetching the part %s from %s failed with %s; tried again later", due.partId(), due.service(),
                    e.getClass().getName());
            parts.fetchFailed(due.partId(), e.getClass());
            return false;
        }
    }

    /** The part read, or the failure that stopped the reading. */
    private static String outcomeOf(Future<String> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a part was read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause().getClass().getName());
        }
    }

    private String read(PartToCollect due) throws IOException {
        AccessPart part;
        try (InputStream body = services.open(due.service(), accessPath(due.customerId()), "application/json")) {
            part = partReader.readValue(body);
        }
        if (part == null || !due.service().equals(part.service()) || !due.customerId().equals(part.customerId())) {
            throw new NotTheRequestedPart();
        }
        return json.writeValueAsString(part);
    }

    private static String accessPath(UUID customerId) {
        return "/rights/customers/" + customerId + "/access";
    }
}
