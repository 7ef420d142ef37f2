package no.los.marketing.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The key behind the suppression list's keyed hashes. In production it comes from a secret store;
 * the local stack generates it; no configuration ships one.
 */
@ConfigMapping(prefix = "los.marketing")
public interface SuppressionConfig {

    /** Base64 of a 256-bit HMAC-SHA256 key: hashes addresses and customer ids on new lines of the list. */
    String suppressionKey();

    /**
     * The key before the current one, during a grace period: lines hashed with it still block and
     * still count as the customer's. A line holds only hashes, so it cannot be re-hashed; keep this
     * key for as long as its lines must keep blocking.
     */
    Optional<String> previousSuppressionKey();
}
