package no.los.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the interaction log outlives a case. */
@ConfigMapping(prefix = "los.customer.interaction-log")
public interface InteractionLogConfig {

    /**
     * Days a closed case's interactions are kept after the day it closed: by default three years, the
     * general limitation period for claims (foreldelsesloven § 2), within which a complaint or a claim
     * about how the case was handled can still come and the log is the evidence.
     */
    @WithDefault("1095")
    int keepDaysAfterCaseClosed();
}
