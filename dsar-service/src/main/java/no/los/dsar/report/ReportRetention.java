package no.los.dsar.report;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.los.dsar.repository.AccessReportRepository;

/**
 * Deletes access reports once their download period ({@code los.dsar.report.keep}) has ended. A
 * report is a complete copy of everything the services hold about the person, so it is kept no longer
 * than the person needs to fetch it; what stays is the record that it was made and who downloaded it.
 */
@ApplicationScoped
public class ReportRetention {

    private static final Logger LOG = Logger.getLogger(ReportRetention.class);

    @Inject
    AccessReportRepository reports;

    @Scheduled(identity = "access-report-retention", every = "${los.dsar.report.delete-every:1h}",
            delayed = "${los.dsar.report.delete-delayed:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        deleteDue(Instant.now());
    }

    /** Deletes every report whose download period ended before {@code now}; returns how many. */
    @Transactional
    public int deleteDue(Instant now) {
        int deleted = reports.deleteReportsDueBefore(now);
        if (deleted > 0) {
            LOG.infof("Deleted %d access reports whose download period had ended", deleted);
        }
        return deleted;
    }
}
