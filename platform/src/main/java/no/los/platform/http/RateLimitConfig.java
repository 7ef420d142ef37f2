package no.los.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many requests one caller may make (OWASP API4): per token subject, or per address without a token. */
@ConfigMapping(prefix = "los.http.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a second a caller may make, sustained (the platform's settings: 20). */
    double perSecond();

    /** Requests a caller may make at once before the rate applies (the platform's settings: 100). */
    int burst();
}
