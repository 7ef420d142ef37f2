package no.los.customer.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** Publishes how many national ID numbers were opened, so that an unusual number of decryptions shows. */
@Startup
@ApplicationScoped
class NationalIdMetrics {

    NationalIdMetrics(MeterRegistry metrics, NationalIdProtection protection) {
        FunctionCounter.builder("los.customer.national-ids.opened", protection, NationalIdProtection::openedCount)
                .description("National ID numbers decrypted: for a masked view, a person's access part or a re-sealing")
                .register(metrics);
    }
}
