package no.los.customer.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.repository.CustomerRepository;

/**
 * Re-seals, in the background and a batch at a time, every national ID number that is not yet
 * sealed and hashed with the current keys: after a key rotation, and for numbers stored before key
 * ids existed. Look-ups keep working meanwhile, since the previous keys stay accepted. The gauge
 * {@code los.customer.national-ids.on-old-keys} says when the previous keys can be retired.
 */
@ApplicationScoped
public class NationalIdRotation {

    private static final Logger LOG = Logger.getLogger(NationalIdRotation.class);
    private static final int BATCH = 200;

    @Inject
    CustomerRepository customers;

    @Inject
    NationalIdProtection protection;

    @Inject
    public NationalIdRotation(MeterRegistry metrics) {
        metrics.gauge("los.customer.national-ids.on-old-keys", this, rotation -> rotation.lastCount);
    }

    private volatile double lastCount;

    @Scheduled(identity = "national-id-rotation", every = "${los.customer.identity.rotation-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        resealAll();
    }

    /** Re-seals batches until none is left on old keys; answers how many were re-sealed. */
    public int resealAll() {
        int resealed = 0;
        int batch;
        do {
            batch = resealBatch();
            resealed += batch;
        } while (batch == BATCH);
        lastCount = remaining();
        if (resealed > 0) {
            LOG.infof("national ID rotation: %d numbers re-sealed with key %s and lookup key %s", resealed,
                    protection.currentKeyId(), protection.currentLookupKeyId());
        }
        return resealed;
    }

    @Transactional
    int resealBatch() {
        List<Customer> batch = customers.notOnKeys(protection.currentKeyId(), protection.currentLookupKeyId(), BATCH);
        for (Customer customer : batch) {
            customer.resealNationalId(protection.seal(customer.id(), protection.open(customer.id(), customer.nationalId())));
        }
        return batch.size();
    }

    @Transactional
    long remaining() {
        return customers.countNotOnKeys(protection.currentKeyId(), protection.currentLookupKeyId());
    }
}
