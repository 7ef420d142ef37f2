package no.los.dsar.config;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import no.los.platform.events.EventTopic;
import no.los.platform.rights.DataMap;

/** Where dsar-service fetches the services' parts of access and portability requests. */
@ConfigMapping(prefix = "los.dsar.rights")
public interface RightsConfig {

    /** The base URL of each service that answers access and portability requests, by service name. */
    @Size(max = EventTopic.MAX_SERVICES)
    Map<@Size(max = DataMap.MAX_SERVICE) @Pattern(regexp = DataMap.NAME_PATTERN) String, String> serviceUrls();

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
