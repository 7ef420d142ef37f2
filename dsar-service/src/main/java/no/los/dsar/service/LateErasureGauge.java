package no.los.dsar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import no.los.platform.metrics.RefreshedGauges;

/**
 * {@code los_dsar_erasure_late_requests}: the erasure requests some service has not confirmed in
 * time, counted in the background ({@link RefreshedGauges}), so an alert can fire before the
 * statutory month is at risk.
 */
@ApplicationScoped
public class LateErasureGauge {

    @Inject
    RefreshedGauges gauges;

    @Inject
    RequestFollowUp followUp;

    void register(@Observes StartupEvent startup) {
        gauges.register("los.dsar.erasure.late.requests", "Erasure requests a service has not confirmed in time",
                () -> QuarkusTransaction.requiringNew().call(followUp::countLateErasures));
    }
}
