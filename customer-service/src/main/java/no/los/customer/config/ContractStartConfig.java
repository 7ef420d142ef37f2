package no.los.customer.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the day a new contract may start. */
@ConfigMapping(prefix = "los.customer.contract-start")
public interface ContractStartConfig {

    /**
     * How many days after today (Europe/Oslo) a contract may start: a move planned months ahead is
     * fine, a typo years ahead would register a customer relationship that has not begun.
     */
    @WithDefault("365")
    @Min(0)
    @Max(3650)
    int maxDaysAhead();
}
