package no.los.customer.privacy;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.los.customer.repository.CustomerCaseRepository;
import no.los.customer.repository.InteractionRepository;
import no.los.customer.repository.VisitRepository;
import no.los.platform.time.OsloCalendar;

/**
 * Deletes the records kept for a period of their own once that period has run out: closed cases
 * with their interactions (R13) and visits (R14), each the day after its last day kept. The whole
 * customer's erasure stays with {@link RetentionErasureJob}; these rows outlive no customer, so
 * nothing is confirmed on the bus — the counts go to the service log.
 */
@ApplicationScoped
public class ExpiredRecordsSweep {

    private static final Logger LOG = Logger.getLogger(ExpiredRecordsSweep.class);

    @Inject
    CustomerCaseRepository cases;

    @Inject
    InteractionRepository interactions;

    @Inject
    VisitRepository visits;

    /** What one run deleted. */
    public record Swept(long cases, long interactions, long visits) {
    }

    @Scheduled(identity = "expired-records-sweep", every = "${los.customer.short-retention-check.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sweep(OsloCalendar.today());
    }

    /** Deletes what was kept through a day before {@code today}. */
    @Transactional
    public Swept sweep(LocalDate today) {
        long expiredInteractions = interactions.countExpired(today);
        Swept swept = new Swept(cases.deleteKeptUntilBefore(today), expiredInteractions, visits.deleteKeptUntilBefore(today));
        if (swept.cases() > 0 || swept.visits() > 0) {
            LOG.infof("expired records: %d closed cases with %d interactions and %d visits deleted", swept.cases(),
                    swept.interactions(), swept.visits());
        }
        return swept;
    }
}
