package no.los.dsar.rights;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.scheduler.Scheduled;

import no.los.dsar.collect.ServiceClient;
import no.los.dsar.repository.RightsPartRepository.PartToCollect;

/**
 * Fetches the answered parts of access requests from the services, over REST with dsar-service's own
 * identity ({@link ServiceClient}), and stores them. It runs every second, and is woken as soon as an
 * answer has committed; always on a thread of its own, never on the event consumer's, so a slow
 * service holds up no event. A failed fetch is recorded by the failure's class and tried again after
 * a backoff ({@link FetchBackoff}); a part that is not the one asked for (another service's, another
 * person's), or not an access part of the rights contract ({@link PartOutline}), counts as a failure
 * and is never stored. A part is stored as the service sent it: its megabytes of records are checked
 * in one pass, not parsed into objects and written out again.
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
    private ObjectReader outlineReader;
    private ExecutorService wakeUps;
    /** Parts are fetched side by side: a request waits for its slowest service, not for their sum. */
    private ExecutorService fetchers;
    /** The parts being fetched now, so that no part is fetched twice at once. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        outlineReader = PartOutline.reader(json);
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
        wakeUp();
    }

    private void wakeUp() {
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

    /**
     * Starts fetching every part due at {@code now} that is not being fetched already; returns how many
     * it started. Each part is fetched and stored on a fetcher of its own, so a part that is small is
     * stored as soon as it arrives, not after the largest of its round.
     */
    public int collectDue(Instant now) {
        int started = 0;
        for (PartToCollect due : parts.dueForCollection(now, PARTS_PER_ROUND + inFlight.size())) {
            if (inFlight.add(due.partId())) {
                try {
                    fetchers.execute(() -> fetchAndStore(due));
                    started++;
                } catch (RejectedExecutionException e) {
                    inFlight.remove(due.partId()); // shutting down; the next start collects it
                }
            }
        }
        return started;
    }

    private void fetchAndStore(PartToCollect due) {
        try {
            parts.collected(due.partId(), read(due));
            collected.fire(new PartCollected(due.requestId()));
        } catch (IOException | RuntimeException e) {
            // The message is left out on purpose: it could quote what the service sent.
            LOG.warnf("Fetching the part %s from %s failed with %s; tried again later", due.partId(), due.service(),
                    e.getClass().getName());
            parts.fetchFailed(due.partId(), e.getClass());
        } finally {
            inFlight.remove(due.partId());
        }
        // more may have come due than a round takes
        wakeUp();
    }

    /**
     * The part's JSON as the service sent it, once its outline shows that it is the part asked for and
     * holds nothing but the rights contract's fields and flat records.
     */
    private FetchedPart read(PartToCollect due) throws IOException {
        byte[] body;
        try (InputStream stream = services.open(due.service(), accessPath(due.customerId()), "application/json", due.requestId())) {
            body = stream.readAllBytes();
        }
        PartOutline outline = outlineReader.readValue(body);
        if (outline == null || !due.service().equals(outline.service()) || !due.customerId().equals(outline.customerId())) {
            throw new NotTheRequestedPart();
        }
        return new FetchedPart(body, json.writeValueAsString(outline.automatedDecisionCategories()));
    }

    private static String accessPath(UUID customerId) {
        return "/rights/customers/" + customerId + "/access";
    }
}
