package no.los.dsar.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where dsar-service fetches the services' parts of access and portability requests. */
@ConfigMapping(prefix = "los.dsar.rights")
public interface RightsConfig {

    /** The base URL of each service that answers access and portability requests, by service name. */
    Map<String, String> serviceUrls();

    /** How long one fetch of a part may take before it counts as failed and is tried again. */
    @WithDefault("PT30S")
    Duration fetchTimeout();

    /**
     * How long after its receipt an access or portability request may wait for every service's part
     * (answered, and for access also fetched) before it is flagged late.
     */
    @WithDefault("PT15M")
    Duration answerTimeout();
}
