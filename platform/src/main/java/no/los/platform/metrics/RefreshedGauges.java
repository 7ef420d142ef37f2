package no.los.platform.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Gauges whose values are read in the background, every {@code los.metrics.refresh-every} (15 s),
 * never when Prometheus scrapes: a scrape costs no query, so scraping cannot load the database. A
 * gauge shows {@code NaN} until it has been read once, and after a reading that failed (logged by
 * the failure's class only) until one succeeds.
 */
@ApplicationScoped
public class RefreshedGauges {

    private static final Logger LOG = Logger.getLogger(RefreshedGauges.class);

    /** One gauge: its name, how it is read, and the last value read. */
    private static final class Refreshed {
        private final String name;
        private final LongSupplier reading;
        private volatile double value = Double.NaN;

        Refreshed(String name, LongSupplier reading) {
            this.name = name;
            this.reading = reading;
        }

        double value() {
            return value;
        }

        void refresh() {
            try {
                value = reading.getAsLong();
            } catch (RuntimeException e) {
                value = Double.NaN;
                LOG.warnf("Reading the gauge %s failed with %s", name, e.getClass().getName());
            }
        }
    }

    @Inject
    MeterRegistry metrics;

    private final List<Refreshed> gauges = new CopyOnWriteArrayList<>();

    /** Registers a gauge that {@code reading} reads on every refresh, typically a count in a transaction of its own. */
    public void register(String name, String description, LongSupplier reading) {
        Refreshed gauge = new Refreshed(name, reading);
        Gauge.builder(name, gauge, Refreshed::value).description(description).register(metrics);
        gauges.add(gauge);
    }

    @Scheduled(identity = "refreshed-gauges", every = "${los.metrics.refresh-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        gauges.forEach(Refreshed::refresh);
    }
}
