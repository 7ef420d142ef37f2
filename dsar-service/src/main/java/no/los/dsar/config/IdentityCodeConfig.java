package no.los.dsar.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The one-time codes that establish who made a request staff registered. */
@ConfigMapping(prefix = "los.dsar.identity-code")
public interface IdentityCodeConfig {

    /** How long a code may be given back. */
    @WithDefault("PT10M")
    Duration validFor();

    /** How many wrong codes end a code: a new one must be sent. */
    @WithDefault("5")
    @Min(1)
    @Max(10)
    int maxAttempts();

    /** How many codes one request may have sent, after which staff check the identity by hand. */
    @WithDefault("3")
    @Min(1)
    @Max(10)
    int maxCodesPerRequest();
}
