package no.los.dsar.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an assembled access report stays available for download. */
@ConfigMapping(prefix = "los.dsar.report")
public interface ReportConfig {

    /**
     * How long after it was generated an access report can be downloaded; then it is deleted. It holds
     * all the person's data from every service, so it is kept no longer than the person needs to fetch it.
     */
    @WithDefault("P30D")
    Duration keep();
}
