package no.los.dsar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code los_dsar_erasure_late_requests}: the erasure requests some service has not confirmed in
 * time, counted at each scrape, so an alert can fire before the statutory month is at risk.
 */
@ApplicationScoped
public class LateErasureGauge {

    @Inject
    MeterRegistry metrics;

    @Inject
    RequestFollowUp followUp;

    void register(@Observes StartupEvent startup) {
        metrics.gauge("los.dsar.erasure.late.requests", this, LateErasureGauge::countQuietly);
    }

    double countQuietly() {
        try {
            return QuarkusTransaction.requiringNew().call(followUp::countLateErasures);
        } catch (RuntimeException e) {
            return Double.NaN; // a scrape must not fail because the database is briefly away
        }
    }
}
