package no.los.customer.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes former customers once the Bookkeeping Act no longer keeps them (G5), each in a
 * transaction of its own with its erasure confirmation; the run's id is the confirmations' trigger.
 */
@ApplicationScoped
public class RetentionErasureJob {

    private static final Logger LOG = Logger.getLogger(RetentionErasureJob.class);

    @Inject
    CustomerDataErasure erasure;

    @Inject
    OsloCalendar calendar;

    @Scheduled(identity = "retention-erasure", every = "${los.customer.retention-check.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deleteExpired(calendar.today());
    }

    /** Deletes every former customer kept until a day before {@code today}; answers how many went. */
    public int deleteExpired(LocalDate today) {
        String runId = UUID.randomUUID().toString();
        int deleted = 0;
        for (UUID customerId : erasure.expiredBy(today)) {
            if (erasure.eraseExpired(customerId, runId, today)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            LOG.infof("retention run %s: %d former customers deleted", runId, deleted);
        }
        return deleted;
    }
}
