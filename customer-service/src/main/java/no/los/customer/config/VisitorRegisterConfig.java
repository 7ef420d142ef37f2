package no.los.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the visitor register keeps a visit. */
@ConfigMapping(prefix = "los.customer.visitor-register")
public interface VisitorRegisterConfig {

    /**
     * Days a visit is kept after the day the visitor left (or arrived, if no departure was
     * registered): by default 30, long enough to find out who was in the building when something
     * happened there and is only noticed later, and short, as R14 asks.
     */
    @WithDefault("30")
    int keepDays();
}
