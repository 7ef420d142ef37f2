package no.los.customer.population;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the population register is, and how often customers are checked against it. */
@ConfigMapping(prefix = "los.customer.population-register")
public interface PopulationRegisterConfig {

    /** The register's base URL; persons are under {@code /folkeregisteret/offentlig-med-hjemmel/api/v1/personer/}. */
    String url();

    /**
     * The credential sent as a bearer token. In production a Maskinporten access token for the
     * scope of the register's API; no default anywhere: the stack generates one, Kubernetes reads a Secret.
     */
    String apiKey();

    @WithDefault("PT10S")
    Duration timeout();

    /**
     * How often {@code PopulationCheckJob} makes the checks that are due (a duration such as
     * {@code 1m}, or {@code off}); read by its schedule.
     */
    @WithDefault("1m")
    String checkEvery();

    /** How many days after a check an active customer is checked again. */
    @WithDefault("30")
    int recheckAfterDays();

    /** The most checks one run of the job makes. */
    @WithDefault("50")
    int batch();

    /** The longest wait between two attempts while the register is away. */
    @WithDefault("PT1H")
    Duration maxRetryDelay();
}
