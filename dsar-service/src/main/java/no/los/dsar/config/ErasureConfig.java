package no.los.dsar.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataMap;

/** How dsar-service follows up erasure requests. */
@ConfigMapping(prefix = "los.dsar.erasure")
public interface ErasureConfig {

    /**
     * The services that must confirm every erasure request before it is completed, by the name they
     * confirm under (the last segment of their CloudEvents source).
     */
    @WithDefault("customer-service,consent-service,consumption-service,marketing-service")
    @Size(min = 1, max = EventTopic.MAX_SERVICES)
    List<@Size(max = DataMap.MAX_SERVICE) @Pattern(regexp = DataMap.NAME_PATTERN) String> services();

    /** How long after its receipt an erasure request may wait for all confirmations before it is flagged late. */
    @WithDefault("PT15M")
    Duration confirmationTimeout();
}
