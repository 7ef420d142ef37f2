package no.los.consumption.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.consumption.repository.InvoicingRetentionRepository;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.outbox.Outbox;
import no.los.platform.rights.RightsProtocol;
import no.los.platform.time.OsloCalendar;

/**
 * The retention job (G5): once the last day a former customer's invoicing data was kept has passed,
 * it hands a {@link ErasureCase.RetentionExpired} case to the rights protocol, which has
 * {@link ConsumptionErasure} delete the hourly readings, contracts and metering points and confirms
 * it. One transaction and one confirmation per customer, so one failure does not hold up the others;
 * each run and customer is its own trigger, with a fresh id.
 */
@ApplicationScoped
public class ExpiredInvoicingDataErasure {

    private static final Logger LOG = Logger.getLogger(ExpiredInvoicingDataErasure.class);

    @Inject
    InvoicingRetentionRepository retentions;

    @Inject
    ConsumptionErasure rules;

    @Inject
    RightsProtocol protocol;

    @Inject
    Outbox outbox;

    @Scheduled(identity = "invoicing-retention", every = "${los.consumption.retention.every:1h}",
            delayed = "${los.consumption.retention.delayed:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        eraseExpired(OsloCalendar.today());
    }

    /** Deletes the invoicing data of every customer whose retention ran out before {@code today}; returns how many. */
    public int eraseExpired(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> retentions.customersKeptUntilBefore(today));
        int erased = 0;
        for (UUID customerId : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> eraseIfExpired(customerId, today))) {
                    erased++;
                }
            } catch (RuntimeException e) {
                // The message is left out: it could quote stored values. The next run tries again.
                LOG.warnf("Retention erasure for one customer failed with %s; the next run retries it",
                        e.getClass().getName());
            }
        }
        if (erased > 0) {
            LOG.infof("Retention job deleted the invoicing data of %d former customers", erased);
        }
        return erased;
    }

    /**
     * Checked again under the customer's lock: a new contract may have made the customer a customer
     * again, and then there is no case to confirm at all.
     */
    private boolean eraseIfExpired(UUID customerId, LocalDate today) {
        outbox.lockCustomer(customerId);
        if (!rules.retentionExpiredOn(customerId, today)) {
            return false;
        }
        protocol.erase(new ErasureCase.RetentionExpired(customerId, today),
                ErasureReport.on(ErasureTrigger.RETENTION_EXPIRED, UUID.randomUUID().toString()));
        return true;
    }
}
