package no.los.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests one caller may make (OWASP API4): per token subject, or per client address for
 * requests without a valid token. A rate is at least one request an hour.
 */
@ConfigMapping(prefix = "los.http.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a second a caller may make, sustained (the platform's settings: 20). */
    double perSecond();

    /** Requests a caller may make at once before the rate applies (the platform's settings: 100). */
    int burst();

    /**
     * Requests a second one client address may make without a valid token (all of them end in 401);
     * more than a caller's, since many clients may share an address (the platform's settings: 200).
     */
    double anonymousPerSecond();

    /** Requests one client address may make at once without a valid token (the platform's settings: 1000). */
    int anonymousBurst();
}
