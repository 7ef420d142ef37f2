package no.los.dsar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import no.los.dsar.RequestFlag;
import no.los.platform.metrics.RefreshedGauges;

/**
 * The requests that need the privacy officer, counted in the background ({@link RefreshedGauges}) so
 * an alert can fire before a deadline is at risk: {@code los_dsar_erasure_late_requests} (an erasure
 * some service has not confirmed in time), {@code los_dsar_requests_due_soon} and
 * {@code los_dsar_requests_overdue} (the flags of {@link RequestFlag}).
 */
@ApplicationScoped
public class RequestGauges {

    @Inject
    RefreshedGauges gauges;

    @Inject
    RequestFollowUp followUp;

    void register(@Observes StartupEvent startup) {
        gauges.register("los.dsar.erasure.late.requests", "Erasure requests a service has not confirmed in time",
                () -> QuarkusTransaction.requiringNew().call(followUp::countLateErasures));
        gauges.register("los.dsar.requests.due.soon", "Open requests whose answer is due within the warning period",
                () -> QuarkusTransaction.requiringNew().call(() -> followUp.count(RequestFlag.DUE_SOON)));
        gauges.register("los.dsar.requests.overdue", "Open requests past the day they had to be answered by",
                () -> QuarkusTransaction.requiringNew().call(() -> followUp.count(RequestFlag.OVERDUE)));
    }
}
