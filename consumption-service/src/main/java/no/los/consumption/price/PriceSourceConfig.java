package no.los.consumption.price;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the price source answers ({@code LOS_CONSUMPTION_PRICE_SOURCE_URL}); without a URL nothing is imported. */
@ConfigMapping(prefix = "los.consumption.price-source")
public interface PriceSourceConfig {

    /** The base URL; day-ahead prices are at {@code <url>/day-ahead/<area>/<day>}. */
    Optional<String> url();

    /** Sent as a bearer token. */
    Optional<String> apiKey();

    @WithDefault("10s")
    Duration timeout();

    /** How often {@link PriceImport} asks for the days it lacks ({@code off} stops it). */
    @WithDefault("15m")
    String every();
}
