package no.los.platform.accesslog;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the access log for {@code los.access-log.keep} (three years: the general limitation period
 * for claims, foreldelsesloven § 2) and deletes older entries; the chain then starts at the oldest kept one.
 */
@ApplicationScoped
public class AccessLogSweep {

    private static final Logger LOG = Logger.getLogger(AccessLogSweep.class);

    @Inject
    AccessLog log;

    @Scheduled(every = "${los.access-log.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweepAt(OffsetDateTime.now());
    }

    /** Deletes the entries older than the retention, as of {@code now}; returns how many. */
    public int sweepAt(OffsetDateTime now) {
        int deleted = log.sweep(now);
        if (deleted > 0) {
            LOG.infof("access log: %d entries past their retention deleted", deleted);
        }
        return deleted;
    }
}
