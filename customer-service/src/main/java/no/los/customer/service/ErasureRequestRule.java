package no.los.customer.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureRequestHandler;

/** Receives dsar-service's erasure requests and applies {@link CustomerDataErasure#eraseOnRequest}. */
@ApplicationScoped
public class ErasureRequestRule extends ErasureRequestHandler {

    @Inject
    CustomerDataErasure erasure;

    @Override
    protected void erase(UUID customerId, ErasureReport report) {
        erasure.eraseOnRequest(customerId, report);
    }
}
