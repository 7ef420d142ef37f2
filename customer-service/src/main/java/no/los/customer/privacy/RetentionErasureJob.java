package no.los.customer.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.los.customer.repository.CustomerRepository;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.outbox.Outbox;
import no.los.platform.rights.RightsProtocol;
import no.los.platform.time.OsloCalendar;

/**
 * Deletes former customers once the Bookkeeping Act no longer keeps them (G5): each one is a
 * {@code RETENTION_EXPIRED} case handed to the rights protocol in a transaction of its own, which
 * applies {@link CustomerErasure}'s rule and confirms it; the run's id is the confirmations' trigger.
 */
@ApplicationScoped
public class RetentionErasureJob {

    private static final Logger LOG = Logger.getLogger(RetentionErasureJob.class);

    @Inject
    CustomerRepository customers;

    @Inject
    RightsProtocol protocol;

    @Inject
    Outbox outbox;


    @Scheduled(identity = "retention-erasure", every = "${los.customer.retention-check.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deleteExpired(OsloCalendar.today());
    }

    /** Deletes every former customer kept until a day before {@code today}; answers how many went. */
    public int deleteExpired(LocalDate today) {
        String runId = UUID.randomUUID().toString();
        int deleted = 0;
        for (UUID customerId : expiredBy(today)) {
            if (eraseIfExpired(customerId, today, runId)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            LOG.infof("retention run %s: %d former customers deleted", runId, deleted);
        }
        return deleted;
    }

    @Transactional
    List<UUID> expiredBy(LocalDate today) {
        return customers.keptUntilBefore(today);
    }

    /**
     * Hands the customer to the protocol if it is still past its keep-until day under its lock: a new
     * contract since the list was read makes it a customer again, and another run may have deleted it.
     */
    @Transactional
    boolean eraseIfExpired(UUID customerId, LocalDate today, String runId) {
        outbox.lockCustomer(customerId);
        boolean expired = customers.findByIdOptional(customerId)
                .filter(customer -> CustomerErasure.isExpired(customer, today)).isPresent();
        if (expired) {
            protocol.erase(new ErasureCase.RetentionExpired(customerId, today),
                    ErasureReport.on(ErasureTrigger.RETENTION_EXPIRED, runId));
        }
        return expired;
    }
}
