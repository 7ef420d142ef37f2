package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import no.los.customer.identity.NationalIdNumber;
import no.los.customer.population.PopulationRegister;
import no.los.customer.population.PopulationRegisterUnavailable;
import no.los.customer.population.RegisteredPerson;

/**
 * Asks the population register about the customers whose check is due, one at a time and outside
 * any transaction, so a slow register holds no lock. The register being away delays a check and is
 * visible (the gauge {@code los_customer_population_checks_waiting}, the customer's
 * {@code populationRegister.checkPending}); registration never waits for it.
 */
@ApplicationScoped
public class PopulationCheckJob {

    private static final Logger LOG = Logger.getLogger(PopulationCheckJob.class);

    @Inject
    PopulationChecks checks;

    @Inject
    PopulationRegister register;

    private volatile double waiting;

    @Inject
    public PopulationCheckJob(MeterRegistry metrics) {
        metrics.gauge("los.customer.population-checks.waiting", this, job -> job.waiting);
    }

    /** What one run did. */
    public record Run(int answered, int failed) {
    }

    @Scheduled(identity = "population-check", every = "${los.customer.population-register.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(OffsetDateTime.now());
    }

    /**
     * Makes the customer's queued check now: answers whether the register answered and the findings
     * were applied; false when it was away or failed (the check waits for its next attempt) or when the
     * record changed meanwhile (the new check waits its turn).
     */
    public boolean check(UUID customerId, OffsetDateTime now) {
        OffsetDateTime askedAt = OffsetDateTime.now();
        Optional<NationalIdNumber> number = checks.numberOf(customerId);
        try {
            Optional<RegisteredPerson> found = number.isEmpty() ? Optional.empty() : register.person(number.get());
            return checks.answered(customerId, found, askedAt, now);
        } catch (PopulationRegisterUnavailable e) {
            checks.failed(customerId, now);
            return false;
        } catch (RuntimeException e) {
            // never the message: it could quote the request, and with it the number
            LOG.errorf("population register: a check failed (%s); it is tried again", e.getClass().getSimpleName());
            checks.failed(customerId, now);
            return false;
        }
    }

    /** Queues the re-checks that are due, then makes every check due by {@code now}. */
    public Run run(OffsetDateTime now) {
        checks.queueRechecks(now);
        int answered = 0;
        int failed = 0;
        for (UUID customerId : checks.due(now)) {
            if (check(customerId, now)) {
                answered++;
            } else {
                failed++;
            }
        }
        waiting = checks.waiting();
        if (failed > 0) {
            LOG.warnf("population register: %d checks delayed, %d answered, %.0f waiting (%s)", failed, answered, waiting,
                    "the register did not answer; they are tried again");
        }
        return new Run(answered, failed);
    }
}
