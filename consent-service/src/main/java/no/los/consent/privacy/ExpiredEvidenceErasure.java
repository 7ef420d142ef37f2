package no.los.consent.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.outbox.Outbox;
import no.los.platform.rights.RightsProtocol;

/**
 * The daily job that ends the evidence period (G5): every former customer whose ledger has been kept
 * for {@code los.consent.evidence-years} after the relationship ended is handed to the rights
 * protocol as a {@link ErasureCase.RetentionExpired} case, each customer in a transaction of its own
 * with its own confirmation. The job runs at {@code los.consent.evidence-expiry.cron}.
 */
@ApplicationScoped
public class ExpiredEvidenceErasure {

    @Inject
    ConsentErasure rules;

    @Inject
    RightsProtocol protocol;

    @Inject
    Outbox outbox;

    @Scheduled(cron = "{los.consent.evidence-expiry.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireEvidenceDaily() {
        expireEvidence(LocalDate.now(ConsentErasure.OSLO));
    }

    /**
     * Deletes the ledger lines of every former customer whose evidence period was over on
     * {@code today}. A customer who came back has no ended relationship any more and is left alone.
     *
     * @return how many customers' evidence expired
     */
    public int expireEvidence(LocalDate today) {
        String run = "consent-evidence-expiry-" + UUID.randomUUID();
        List<UUID> expired = QuarkusTransaction.requiringNew().call(() -> rules.evidenceExpiredOn(today));
        expired.forEach(customerId -> QuarkusTransaction.requiringNew().run(() -> expire(customerId, today, run)));
        return expired.size();
    }

    private void expire(UUID customerId, LocalDate today, String run) {
        outbox.lockCustomer(customerId);
        if (!rules.evidenceExpired(customerId, today)) {
            return; // another instance's run got here first, or the customer came back
        }
        protocol.erase(new ErasureCase.RetentionExpired(customerId, today),
                ErasureReport.on(ErasureTrigger.RETENTION_EXPIRED, run));
    }
}
