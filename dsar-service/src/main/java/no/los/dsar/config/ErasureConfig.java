package no.los.dsar.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How dsar-service follows up erasure requests. */
@ConfigMapping(prefix = "los.dsar.erasure")
public interface ErasureConfig {

    /**
     * The services that must confirm every erasure request before it is completed, by the name they
     * confirm under (the last segment of their CloudEvents source).
     */
    @WithDefault("customer-service,consent-service,consumption-service,marketing-service")
    List<String> services();

    /** How long after its receipt an erasure request may wait for all confirmations before it is flagged late. */
    @WithDefault("PT15M")
    Duration confirmationTimeout();
}
