package no.los.dsar.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the privacy officer is warned of a request's deadline (R19, G2). */
@ConfigMapping(prefix = "los.dsar.deadline")
public interface DeadlineConfig {

    /**
     * How many days before the day a request must be answered by it is flagged {@code due-soon}: 5,
     * day 25 of the policy's 30 days.
     */
    @WithDefault("5")
    @Min(0)
    @Max(29)
    int warnDaysBefore();
}
