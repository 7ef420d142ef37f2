package no.los.marketing.config;

import io.smallrye.config.ConfigMapping;

/** The key behind the suppression list's keyed hashes. In production it comes from a Kubernetes Secret. */
@ConfigMapping(prefix = "los.marketing")
public interface SuppressionConfig {

    /** Base64 of a 256-bit HMAC-SHA256 key: hashes addresses and customer ids on the suppression list. */
    String suppressionKey();
}
