package no.los.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the end date a termination may give. */
@ConfigMapping(prefix = "los.customer.termination")
public interface TerminationConfig {

    /**
     * How many days before today (Europe/Oslo) a termination's end date may lie: a late notice is
     * fine, a typo years back would end the relationship — and start the retention clock — in the past.
     */
    @WithDefault("90")
    int maxDaysBack();
}
